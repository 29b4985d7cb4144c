package id.siapel.discipline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.Session;
import id.siapel.discipline.DisciplineStore.EmployeeDay;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the flag rules look at, read for many employee-days at once. */
@Repository
@RequiredArgsConstructor
class FlagInputs {

	private final JdbcClient jdbc;

	/** The statuses recorded at both roll calls of each employee-day. */
	Map<EmployeeDay, DayStatuses> statuses(Collection<EmployeeDay> days) {
		Map<EmployeeDay, DayStatuses> found = new HashMap<>();
		if (days.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select r.employee_id, r.day, r.session, r.status, r.unit_id from attendance_record r
				join unnest(:employees, :days) as k(employee_id, day) on r.employee_id = k.employee_id and r.day = k.day
				where r.day between :first and :last""")
			.param("employees", SqlArrays.bigints(days.stream().map(EmployeeDay::employeeId).toList()))
			.param("days", SqlArrays.dates(days.stream().map(EmployeeDay::day).toList()))
			// The bounds let PostgreSQL read only the partitions of those years (V70).
			.param("first", days.stream().map(EmployeeDay::day).min(LocalDate::compareTo).orElseThrow())
			.param("last", days.stream().map(EmployeeDay::day).max(LocalDate::compareTo).orElseThrow())
			.query((rs) -> {
				EmployeeDay key = new EmployeeDay(rs.getLong("employee_id"), rs.getObject("day", LocalDate.class));
				AttendanceStatus status = AttendanceStatus.valueOf(rs.getString("status"));
				DayStatuses old = found.getOrDefault(key, new DayStatuses(null, null, rs.getLong("unit_id")));
				found.put(key,
						"MORNING".equals(rs.getString("session"))
								? new DayStatuses(status, old.evening(), rs.getLong("unit_id"))
								: new DayStatuses(old.morning(), status, old.unitId()));
			});
		return found;
	}

	/** Inspections that found these employees absent on these days. */
	Map<EmployeeDay, List<InspectionHit>> inspections(Collection<EmployeeDay> days) {
		Map<EmployeeDay, List<InspectionHit>> found = new HashMap<>();
		this.jdbc
			.sql("""
					select a.employee_id, i.day, i.id, i.session, i.inspector from inspection i
					join inspection_absentee a on a.inspection_id = i.id
					join unnest(:employees, :days) as k(employee_id, day) on a.employee_id = k.employee_id and i.day = k.day""")
			.param("employees", SqlArrays.bigints(days.stream().map(EmployeeDay::employeeId).toList()))
			.param("days", SqlArrays.dates(days.stream().map(EmployeeDay::day).toList()))
			.query((rs) -> {
				found
					.computeIfAbsent(new EmployeeDay(rs.getLong("employee_id"), rs.getObject("day", LocalDate.class)),
							(k) -> new ArrayList<>())
					.add(new InspectionHit(rs.getLong("id"), Session.valueOf(rs.getString("session")),
							rs.getString("inspector")));
			});
		return found;
	}

	/**
	 * The two roll calls of a day ({@code null}: not submitted) and the unit that day.
	 */
	record DayStatuses(AttendanceStatus morning, AttendanceStatus evening, long unitId) {

		boolean anyUnexcused() {
			return this.morning == AttendanceStatus.UNEXCUSED || this.evening == AttendanceStatus.UNEXCUSED;
		}

		boolean anySickOrPermission() {
			return sickOrPermission(this.morning) || sickOrPermission(this.evening);
		}

		private static boolean sickOrPermission(AttendanceStatus status) {
			return status == AttendanceStatus.SICK || status == AttendanceStatus.PERMISSION;
		}

		boolean presentAt(Session session) {
			AttendanceStatus status = (session == Session.MORNING) ? this.morning : this.evening;
			return status != null && status.isPresent();
		}

		String codeAt(Session session) {
			AttendanceStatus status = (session == Session.MORNING) ? this.morning : this.evening;
			return (status != null) ? status.code() : "–";
		}

		/** "TK/H": the morning and evening codes. */
		String codes() {
			return codeAt(Session.MORNING) + "/" + codeAt(Session.EVENING);
		}

	}

	/** An inspection that found the employee absent. */
	record InspectionHit(long inspectionId, Session session, String inspector) {
	}

}
