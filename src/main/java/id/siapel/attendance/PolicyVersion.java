package id.siapel.attendance;

import java.time.LocalDate;

/**
 * One version of the roll-call policy as the settings page shows it.
 *
 * @param id its id
 * @param effectiveFrom the first sheet day it applies to
 * @param editWindowWorkingDays working days after a sheet's day until whose end an OPD
 * head may change it
 * @param sessionOpensMinutes minutes before its apel a session may be marked
 * @param headLeaveMaxDays the longest leave a unit head may register (calendar days)
 * @param note the Perbup or circular it comes from
 * @param changedBy who saved it last
 * @param version for optimistic locking
 * @param future it starts after today
 * @param inForce it applies today
 * @param editable may still be changed (in the future, or no sheet of its period exists)
 * @param deletable may be deleted (editable, and not the first version)
 */
public record PolicyVersion(long id, LocalDate effectiveFrom, int editWindowWorkingDays, int sessionOpensMinutes,
		int headLeaveMaxDays, String note, String changedBy, long version, boolean future, boolean inForce,
		boolean editable, boolean deletable) {

	/**
	 * The note migration V10 stored, in English, on the version it made; pages show
	 * {@code attendance.policy.defaultNote} in its place.
	 */
	static final String SYSTEM_DEFAULT_NOTE = "Default: until the end of the next working day";

	/** Whether this is the version the application made, still with its stored note. */
	public boolean systemDefault() {
		return SYSTEM_DEFAULT_NOTE.equals(this.note);
	}

}
