package id.siapel.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Marks some employees of a sheet and submits it (api.md, Roll call: PUT). Employees not
 * listed keep their current value.
 *
 * @param unitCode the sheet's unit
 * @param date the day
 * @param session the session
 * @param version the version the client saw; {@code null} skips the check (API only)
 * @param reason why a closed sheet is corrected (required from HR/ADMIN after the window)
 * @param marks the marked lines
 * @param key the idempotency key of this submission, or {@code null}: a submission that
 * arrives again with a key already applied (a phone that lost the answer and retries) is
 * answered with the sheet as it stands and not applied twice
 */
public record SubmitRollCall(String unitCode, LocalDate date, Session session, Long version, String reason,
		List<Mark> marks, UUID key) {

	/** A submission without an idempotency key (the API, tests, internal callers). */
	public SubmitRollCall(String unitCode, LocalDate date, Session session, Long version, String reason,
			List<Mark> marks) {
		this(unitCode, date, session, version, reason, marks, null);
	}

	/**
	 * One marked line.
	 *
	 * @param nip the employee
	 * @param status the status
	 * @param minutes minutes late or leaving early (1–480), for those statuses only
	 * @param note an optional note
	 * @param shown the value the page showed ({@link RollCallSheet.Entry#shown()}), or
	 * {@code null} (API): a line equal to what was shown was not touched, and a line
	 * someone else changed since it was shown is a conflict
	 */
	public record Mark(String nip, AttendanceStatus status, Integer minutes, String note, String shown) {

		String value() {
			return this.status + "~" + ((this.minutes != null) ? this.minutes : "") + "~"
					+ ((this.note != null) ? this.note : "");
		}

	}

}
