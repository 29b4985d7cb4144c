package id.siapel.attendance;

import java.time.LocalDate;

/**
 * One employee's record at one session that was written: a new record (old values
 * {@code null}), a changed one, or a removed one (new values {@code null}: its roll call
 * was cancelled, "apel ditiadakan").
 *
 * @param employeeId the employee
 * @param unitId the unit the employee belonged to that day
 * @param day the day
 * @param session the session
 * @param oldStatus the stored status before, or {@code null} if there was no record
 * @param oldMinutes the stored minutes before
 * @param newStatus the status now, or {@code null} if the record was removed
 * @param newMinutes the minutes now
 */
public record RecordChange(long employeeId, long unitId, LocalDate day, Session session, AttendanceStatus oldStatus,
		Integer oldMinutes, AttendanceStatus newStatus, Integer newMinutes) {
}
