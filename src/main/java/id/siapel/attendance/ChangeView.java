package id.siapel.attendance;

import java.time.Instant;

/**
 * A line of a sheet's change history: who changed whose record, when, from what to what,
 * and why.
 */
public record ChangeView(Instant changedAt, String changedBy, String nip, String employeeName,
		AttendanceStatus oldStatus, Integer oldMinutes, String oldNote, AttendanceStatus newStatus, Integer newMinutes,
		String newNote, String reason) {
}
