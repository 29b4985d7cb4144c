package id.siapel.attendance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registered absence as lists and the API show it.
 *
 * @param id id
 * @param nip the employee's NIP
 * @param employeeName name with titles
 * @param unitCode the employee's unit on the first day
 * @param type kind
 * @param startDate first day
 * @param endDate last day
 * @param reference letter or decree
 * @param createdAt when it was registered
 * @param createdBy by whom
 * @param recordsUpdated submitted records it changed when it was registered (0 in lists)
 * @param version optimistic-lock version (for cancelling)
 */
public record LeaveView(long id, String nip, String employeeName, String unitCode, LeaveType type, LocalDate startDate,
		LocalDate endDate, String reference, Instant createdAt, String createdBy, int recordsUpdated, long version) {
}
