package id.siapel.report.recap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.calendar.CalendarDay;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.EmployeeProfile;
import id.siapel.organization.UnitScope;
import id.siapel.organization.UnitScopes;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last level of the drill-down: one employee's days in the range, both roll calls and
 * what the day counted. Days spent in a unit outside the reader's scope stay blank.
 */
@Service
@RequiredArgsConstructor
class EmployeeDays {

	private final EmployeeDirectory employees;

	private final Units units;

	private final UnitScopes scopes;

	private final WorkCalendars calendars;

	private final JdbcClient jdbc;

	/** 404 for an unknown NIP, 403 for an employee outside the reader's scope. */
	@Transactional(readOnly = true)
	View days(String nip, RecapCriteria criteria) {
		EmployeeProfile profile = this.employees.profile(nip);
		long id = this.employees.idsOf(List.of(profile.nip())).get(profile.nip());
		UnitTree tree = this.units.tree();
		UnitScope scope = this.scopes.current();
		List<Long> visible = scope.all() ? List.of() : List.copyOf(scope.unitIds());
		Map<LocalDate, Day> byDay = new HashMap<>();
		this.jdbc.sql("""
				select r.day, r.session, r.status, r.minutes, r.unit_id, d.full_unexcused, d.minutes as counted
				from attendance_record r
				left join discipline_day d on d.employee_id = r.employee_id and d.day = r.day
				where r.employee_id = :id and r.day between :from and :to
				    and (:all or r.unit_id = any(:units))""")
			.param("id", id)
			.param("from", criteria.from())
			.param("to", criteria.to())
			.param("all", scope.all())
			.param("units", SqlArrays.bigints(visible))
			.query((rs) -> {
				LocalDate day = rs.getObject("day", LocalDate.class);
				Day old = byDay.getOrDefault(day,
						new Day(day, true, List.of(), null, null, null, null, null, rs.getLong("unit_id"),
								(Boolean) rs.getObject("full_unexcused"), (Integer) rs.getObject("counted")));
				AttendanceStatus status = AttendanceStatus.valueOf(rs.getString("status"));
				Integer minutes = (Integer) rs.getObject("minutes");
				byDay.put(day,
						"MORNING".equals(rs.getString("session"))
								? new Day(day, true, List.of(), status, minutes, old.evening(), old.eveningMinutes(),
										null, old.unitId(), old.fullUnexcused(), old.countedMinutes())
								: new Day(day, true, List.of(), old.morning(), old.morningMinutes(), status, minutes,
										null, old.unitId(), old.fullUnexcused(), old.countedMinutes()));
			});
		WorkCalendar calendar = this.calendars.current();
		long currentUnit = tree.byCode(profile.unitCode()).map(UnitView::id).orElseThrow();
		List<Day> days = new ArrayList<>();
		for (LocalDate day = criteria.from(); !day.isAfter(criteria.to()); day = day.plusDays(1)) {
			Day marked = byDay.get(day);
			long unitId = (marked != null) ? marked.unitId() : currentUnit;
			CalendarDay info = calendar.forUnit(unitId).day(day);
			String unitCode = tree.byId(unitId).map(UnitView::code).orElse("");
			days.add((marked != null)
					? new Day(day, info.working(), info.names(), marked.morning(), marked.morningMinutes(),
							marked.evening(), marked.eveningMinutes(), unitCode, unitId, marked.fullUnexcused(),
							marked.countedMinutes())
					: new Day(day, info.working(), info.names(), null, null, null, null, null, unitId, null, null));
		}
		return new View(profile, days);
	}

	/** An employee's days. */
	public record View(EmployeeProfile profile, List<Day> days) {
	}

	/**
	 * One day: the two roll calls (either may be missing), and what discipline counted
	 * ({@code fullUnexcused} null: nothing).
	 */
	public record Day(LocalDate date, boolean working, List<String> names, AttendanceStatus morning,
			Integer morningMinutes, AttendanceStatus evening, Integer eveningMinutes, String unitCode, long unitId,
			Boolean fullUnexcused, Integer countedMinutes) {
	}

}
