package id.siapel.discipline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A flag as the queue and the API show it.
 *
 * @param id id
 * @param kind kind
 * @param nip the employee, or {@code null} for a unit-level flag
 * @param employeeName the employee's name
 * @param unitCode the employee's unit that day, or the unit missing its roll call
 * @param unitName its name
 * @param opdCode the OPD that unit belongs to (the unit itself if it is an OPD)
 * @param opdName the OPD's name
 * @param date the day
 * @param severity severity
 * @param detailKey message key of the reason
 * @param detailArgs its arguments (ISO dates are formatted when shown)
 * @param status review state
 * @param reviewNote the reviewer's note
 * @param reviewedBy the reviewer
 * @param reviewedAt when
 * @param raisedAt when it was raised
 * @param withdrawn the cause went away
 * @param version optimistic-lock version
 */
public record FlagView(long id, FlagKind kind, String nip, String employeeName, String unitCode, String unitName,
		String opdCode, String opdName, LocalDate date, FlagSeverity severity, String detailKey,
		List<String> detailArgs, FlagStatus status, String reviewNote, String reviewedBy, Instant reviewedAt,
		Instant raisedAt, boolean withdrawn, long version) {
}
