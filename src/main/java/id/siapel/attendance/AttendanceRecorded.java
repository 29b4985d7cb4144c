package id.siapel.attendance;

import java.util.List;

/**
 * Published inside the transaction that wrote attendance records (a submitted or
 * corrected sheet, leave registered over submitted days), so that listeners can keep
 * their counts in the same transaction and raise flags after it commits.
 *
 * @param unitId the unit of the sheet, or of the employee for leave
 * @param changes every record written
 */
public record AttendanceRecorded(long unitId, List<RecordChange> changes) {
}
