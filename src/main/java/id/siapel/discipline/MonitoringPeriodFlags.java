package id.siapel.discipline;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import id.siapel.calendar.MonitoringPeriodsChanged;
import id.siapel.discipline.DisciplineStore.EmployeeDay;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Monitoring periods look back: once a period created, widened, narrowed or deleted has
 * committed, the flags of the employee-days already recorded in the days it touched are
 * evaluated again, so that a period entered after the fact (the circular arrived late)
 * flags the unexcused absences inside it, and one narrowed or deleted withdraws them.
 */
@Component
@RequiredArgsConstructor
class MonitoringPeriodFlags {

	private final JdbcClient jdbc;

	private final FlagRaiser raiser;

	@ApplicationModuleListener
	public void on(MonitoringPeriodsChanged changed) {
		this.raiser.evaluate(concerned(changed.from(), changed.to()));
	}

	/**
	 * The employee-days in the range with an unexcused roll call (they may now be
	 * flagged) or an active monitoring flag (it may have to be withdrawn).
	 */
	Set<EmployeeDay> concerned(LocalDate from, LocalDate to) {
		Set<EmployeeDay> days = new LinkedHashSet<>();
		this.jdbc.sql("""
				select distinct employee_id, day from attendance_record
				where day between :from and :to and status = 'UNEXCUSED'
				union
				select employee_id, day from discipline_flag
				where kind = 'MONITORING_PERIOD' and withdrawn_at is null and employee_id is not null
				  and day between :from and :to""").param("from", from).param("to", to).query((rs) -> {
			days.add(new EmployeeDay(rs.getLong("employee_id"), rs.getObject("day", LocalDate.class)));
		});
		return days;
	}

}
