package id.siapel.attendance;

import java.util.List;

/**
 * Published inside the transaction that wrote attendance records (a submitted or
 * corrected sheet, leave registered over submitted days), so that listeners can keep
 * their counts in the same transaction and raise flags after it commits. That transaction
 * has held the lock of every employee in {@code changes}
 * ({@link id.siapel.employee.EmployeeDirectory#lockForAttendance}) since before it read
 * their records, and holds it until it ends: a listener counting these employees again
 * reads all their records as committed plus this write, and no other transaction writes
 * their records or counts meanwhile.
 *
 * @param unitId the unit of the sheet, or of the employee for leave
 * @param changes every record written
 */
public record AttendanceRecorded(long unitId, List<RecordChange> changes) {
}
