package id.siapel.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.siapel.attendance.AttendanceRecorded;
import id.siapel.attendance.RecordChange;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code recap_month} (roll calls counted per employee, month and unit) current, so
 * that recaps cost grows with the employees shown, not with the days of the range
 * (product.md §4). Counted again in the very transaction that wrote the roll calls: the
 * months touched by the write, for the employees written, in two statements whatever
 * their number. {@link #rebuild} does the same for a bulk load of history.
 * <p>
 * The delete-then-insert is safe when two writes for the same employee run at once: the
 * writer holds the employee's lock from before it read the records to the end of its
 * transaction ({@link AttendanceRecorded}), so the other write's rows of the month are
 * either committed and counted here, or written (deleted and inserted again) only after
 * this transaction has committed. No stale counts, and no duplicate key surfacing as a
 * misleading 409.
 */
@Component
@RequiredArgsConstructor
public class RecapSummaries {

	private static final String COUNTS = """
			select r.employee_id, date_trunc('month', r.day)::date, r.unit_id,
			    count(*) filter (where r.status = 'PRESENT'), count(*) filter (where r.status = 'LATE'),
			    count(*) filter (where r.status = 'EARLY_LEAVE'), count(*) filter (where r.status = 'PERMISSION'),
			    count(*) filter (where r.status = 'SICK'), count(*) filter (where r.status = 'LEAVE'),
			    count(*) filter (where r.status = 'OFFICIAL_TRAVEL'), count(*) filter (where r.status = 'STUDY'),
			    count(*) filter (where r.status = 'REMOTE'), count(*) filter (where r.status = 'UNEXCUSED')
			""";

	private static final String INSERT = """
			insert into recap_month (employee_id, month, unit_id, present, late, early_leave, permission, sick,
			    on_leave, official_travel, study, remote, unexcused)
			""";

	private final JdbcClient jdbc;

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(AttendanceRecorded recorded) {
		Set<EmployeeMonth> touched = new LinkedHashSet<>();
		for (RecordChange change : recorded.changes()) {
			touched.add(new EmployeeMonth(change.employeeId(), change.day().withDayOfMonth(1)));
		}
		if (touched.isEmpty()) {
			return;
		}
		List<Long> employees = new ArrayList<>();
		List<LocalDate> months = new ArrayList<>();
		touched.forEach((key) -> {
			employees.add(key.employeeId());
			months.add(key.month());
		});
		this.jdbc.sql("""
				delete from recap_month m using unnest(:employees, :months) as k(employee_id, month)
				where m.employee_id = k.employee_id and m.month = k.month""")
			.param("employees", SqlArrays.bigints(employees))
			.param("months", SqlArrays.dates(months))
			.update();
		this.jdbc.sql(INSERT + COUNTS + """
				from attendance_record r join unnest(:employees, :months) as k(employee_id, month)
				    on r.employee_id = k.employee_id and r.day >= k.month and r.day < k.month + interval '1 month'
				where r.day >= :firstMonth and r.day < cast(:lastMonth as date) + interval '1 month'
				group by r.employee_id, date_trunc('month', r.day), r.unit_id""")
			.param("employees", SqlArrays.bigints(employees))
			.param("months", SqlArrays.dates(months))
			// The bounds let PostgreSQL read only the partitions of those years (V70).
			.param("firstMonth", java.util.Collections.min(months))
			.param("lastMonth", java.util.Collections.max(months))
			.update();
	}

	/**
	 * Counts the months from {@code from} to {@code to} again from the roll-call records,
	 * after history was written in bulk without events (the demo, a migration).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void rebuild(LocalDate from, LocalDate to) {
		LocalDate first = from.withDayOfMonth(1);
		LocalDate last = to.withDayOfMonth(1);
		this.jdbc.sql("delete from recap_month where month between :first and :last")
			.param("first", first)
			.param("last", last)
			.update();
		this.jdbc.sql(INSERT + COUNTS + """
				from attendance_record r where r.day >= :first and r.day < cast(:last as date) + interval '1 month'
				group by r.employee_id, date_trunc('month', r.day), r.unit_id""")
			.param("first", first)
			.param("last", last)
			.update();
	}

	private record EmployeeMonth(long employeeId, LocalDate month) {
	}

}
