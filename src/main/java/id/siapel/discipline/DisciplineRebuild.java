package id.siapel.discipline;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.discipline.DisciplineStore.EmployeeDay;
import id.siapel.discipline.DisciplineStore.EmployeeYear;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.shared.LongerStatements;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a range of days again from the roll calls, set-based: after roll-call history
 * was loaded in bulk (the demo, a migration), or after the calendar changed days that
 * were already counted. The day outcomes in one statement, the years of every employee
 * concerned, the flags of every day that can raise one, and the missing roll calls of
 * each day.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class DisciplineRebuild {

	/** Employees per flag evaluation: bounded memory for a whole regency. */
	static final int EMPLOYEES_PER_BATCH = 500;

	private final LongerStatements longer;

	private final JdbcClient jdbc;

	private final StandingKeeper keeper;

	private final DisciplineStore store;

	private final FlagRaiser flags;

	private final MissingRollCalls missing;

	private final EmployeeDirectory employees;

	@Transactional(propagation = Propagation.MANDATORY)
	public void rebuild(LocalDate from, LocalDate to, ZonedDateTime now) {
		this.longer.forJob();
		long start = System.nanoTime();
		// Every employee, as each save locks its own: a save in progress
		// commits first and is counted here; one that starts now waits until
		// this recount has committed, then counts its days on top of it.
		// Saves wait as long as the recount, which only a rule change (and
		// the demo load) runs.
		this.employees.lockAllForAttendance();
		this.jdbc.sql("delete from discipline_day where day between :from and :to")
			.param("from", from)
			.param("to", to)
			.update();
		// DayOutcome in SQL (PP 94/2021, Perban BKN 6/2022): TK at both roll calls is a
		// full
		// day; TK at one counts the single-session minutes of the rules in force that
		// day;
		// lateness and early leave add their minutes.
		int days = this.jdbc
			.sql("""
					insert into discipline_day (employee_id, day, unit_id, full_unexcused, minutes)
					select d.employee_id, d.day, d.unit_id, d.tk = 2,
					    case when d.tk = 2 then 0 else d.late + case when d.tk = 1 then r.single_session_minutes else 0 end end
					from (
					    select employee_id, day, max(unit_id) as unit_id,
					        count(*) filter (where status = 'UNEXCUSED') as tk,
					        coalesce(sum(minutes) filter (where status in ('LATE', 'EARLY_LEAVE')), 0) as late
					    from attendance_record where day between :from and :to
					    group by employee_id, day) d
					cross join lateral (
					    select single_session_minutes from discipline_rule_set
					    where effective_from <= d.day order by effective_from desc limit 1) r
					where d.tk > 0 or d.late > 0""")
			.param("from", from)
			.param("to", to)
			.update();
		this.store.recountMonths(from, to, null);
		Set<EmployeeYear> years = new HashSet<>();
		this.jdbc.sql("""
				select distinct employee_id, extract(year from day)::int as year from discipline_day
				where day between :from and :to
				union
				select employee_id, year from discipline_year where year between :fromYear and :toYear""")
			.param("from", from)
			.param("to", to)
			.param("fromYear", from.getYear())
			.param("toYear", to.getYear())
			.query((rs) -> {
				years.add(new EmployeeYear(rs.getLong("employee_id"), rs.getInt("year")));
			});
		long counted = System.nanoTime();
		this.keeper.recountYears(years);
		long yearsCounted = System.nanoTime();
		Map<Long, List<EmployeeDay>> byEmployee = new HashMap<>();
		this.jdbc.sql("""
				select distinct employee_id, day from attendance_record
				where day between :from and :to and status in ('UNEXCUSED', 'SICK', 'PERMISSION')
				union
				select a.employee_id, i.day from inspection i join inspection_absentee a on a.inspection_id = i.id
				where i.day between :from and :to""").param("from", from).param("to", to).query((rs) -> {
			byEmployee.computeIfAbsent(rs.getLong("employee_id"), (k) -> new ArrayList<>())
				.add(new EmployeeDay(rs.getLong("employee_id"), rs.getObject("day", LocalDate.class)));
		});
		years.forEach((year) -> byEmployee.computeIfAbsent(year.employeeId(), (k) -> new ArrayList<>()));
		List<Long> employees = new ArrayList<>(byEmployee.keySet());
		for (int i = 0; i < employees.size(); i += EMPLOYEES_PER_BATCH) {
			Set<EmployeeDay> batch = new LinkedHashSet<>();
			for (Long employee : employees.subList(i, Math.min(i + EMPLOYEES_PER_BATCH, employees.size()))) {
				List<EmployeeDay> ownDays = byEmployee.get(employee);
				// An employee with counts but no flaggable day still gets the runs and
				// rungs
				// of the year evaluated through its last day of the range.
				batch.addAll(ownDays.isEmpty() ? List.of(new EmployeeDay(employee, to)) : ownDays);
			}
			this.flags.evaluate(batch);
		}
		long flagged = System.nanoTime();
		List<ZonedDateTime> endsOfDays = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			endsOfDays.add(day.equals(now.toLocalDate()) ? now : day.atTime(23, 59).atZone(now.getZone()));
		}
		int checked = this.missing.checkAt(endsOfDays);
		log.info(
				"Discipline counted again for {} – {}: {} counted days, {} employee-years, {} employees evaluated "
						+ "for flags, {} missing roll calls, in {} ms (days {} ms, years {} ms, flags {} ms, "
						+ "missing roll calls {} ms)",
				from, to, days, years.size(), employees.size(), checked, (System.nanoTime() - start) / 1_000_000,
				(counted - start) / 1_000_000, (yearsCounted - counted) / 1_000_000,
				(flagged - yearsCounted) / 1_000_000, (System.nanoTime() - flagged) / 1_000_000);
	}

	/**
	 * {@link #rebuild} for some employees only: one chunk of a recount job after a rule
	 * change ({@code RuleRecountJob}). Locks these employees as a sheet save locks them
	 * ({@link EmployeeDirectory#lockForAttendance}, in id order), so a save of one of
	 * them either committed before and is counted here, or waits for this chunk and
	 * counts its days on top of it; saves of everybody else go on. The missing roll calls
	 * concern OPDs, not employees: {@link #checkMissing} once at the end.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void rebuildEmployees(LocalDate from, LocalDate to, List<Long> employeeIds) {
		if (employeeIds.isEmpty()) {
			return;
		}
		this.employees.lockForAttendance(employeeIds);
		Object ids = SqlArrays.bigints(employeeIds);
		this.jdbc.sql("delete from discipline_day where day between :from and :to and employee_id = any(:ids)")
			.param("from", from)
			.param("to", to)
			.param("ids", ids)
			.update();
		this.jdbc
			.sql("""
					insert into discipline_day (employee_id, day, unit_id, full_unexcused, minutes)
					select d.employee_id, d.day, d.unit_id, d.tk = 2,
					    case when d.tk = 2 then 0 else d.late + case when d.tk = 1 then r.single_session_minutes else 0 end end
					from (
					    select employee_id, day, max(unit_id) as unit_id,
					        count(*) filter (where status = 'UNEXCUSED') as tk,
					        coalesce(sum(minutes) filter (where status in ('LATE', 'EARLY_LEAVE')), 0) as late
					    from attendance_record where day between :from and :to and employee_id = any(:ids)
					    group by employee_id, day) d
					cross join lateral (
					    select single_session_minutes from discipline_rule_set
					    where effective_from <= d.day order by effective_from desc limit 1) r
					where d.tk > 0 or d.late > 0""")
			.param("from", from)
			.param("to", to)
			.param("ids", ids)
			.update();
		this.store.recountMonths(from, to, employeeIds);
		Set<EmployeeYear> years = new HashSet<>();
		this.jdbc.sql("""
				select distinct employee_id, extract(year from day)::int as year from discipline_day
				where day between :from and :to and employee_id = any(:ids)
				union
				select employee_id, year from discipline_year
				where year between :fromYear and :toYear and employee_id = any(:ids)""")
			.param("from", from)
			.param("to", to)
			.param("fromYear", from.getYear())
			.param("toYear", to.getYear())
			.param("ids", ids)
			.query((rs) -> {
				years.add(new EmployeeYear(rs.getLong("employee_id"), rs.getInt("year")));
			});
		this.keeper.recountYears(years);
		Map<Long, List<EmployeeDay>> byEmployee = new HashMap<>();
		this.jdbc.sql("""
				select distinct employee_id, day from attendance_record
				where day between :from and :to and status in ('UNEXCUSED', 'SICK', 'PERMISSION')
				  and employee_id = any(:ids)
				union
				select a.employee_id, i.day from inspection i join inspection_absentee a on a.inspection_id = i.id
				where i.day between :from and :to and a.employee_id = any(:ids)""")
			.param("from", from)
			.param("to", to)
			.param("ids", ids)
			.query((rs) -> {
				byEmployee.computeIfAbsent(rs.getLong("employee_id"), (k) -> new ArrayList<>())
					.add(new EmployeeDay(rs.getLong("employee_id"), rs.getObject("day", LocalDate.class)));
			});
		years.forEach((year) -> byEmployee.computeIfAbsent(year.employeeId(), (k) -> new ArrayList<>()));
		Set<EmployeeDay> batch = new LinkedHashSet<>();
		byEmployee.forEach((employee, ownDays) -> batch
			.addAll(ownDays.isEmpty() ? List.of(new EmployeeDay(employee, to)) : ownDays));
		this.flags.evaluate(batch);
	}

	/** The missing roll calls of every day from {@code from} to {@code now}'s day. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int checkMissing(LocalDate from, LocalDate to, ZonedDateTime now) {
		int checked = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			ZonedDateTime endOfDay = day.equals(now.toLocalDate()) ? now : day.atTime(23, 59).atZone(now.getZone());
			checked += this.missing.checkAt(endOfDay);
		}
		return checked;
	}

}
