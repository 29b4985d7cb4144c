package id.siapel.attendance;

import java.time.LocalDate;

/**
 * A roll-call policy version to save, as the settings form gives it.
 *
 * @param effectiveFrom the first sheet day it applies to
 * @param editWindowWorkingDays working days of the OPD head's edit window (0: the day
 * itself)
 * @param sessionOpensMinutes minutes before its apel a session may be marked
 * @param headLeaveMaxDays the longest leave a unit head may register (calendar days)
 * @param note the Perbup or circular
 * @param confirmPast the user confirmed a past effective date
 */
public record PolicyInput(LocalDate effectiveFrom, Integer editWindowWorkingDays, Integer sessionOpensMinutes,
		Integer headLeaveMaxDays, String note, boolean confirmPast) {

	/** A version with the default limit on the leave a unit head registers. */
	public PolicyInput(LocalDate effectiveFrom, Integer editWindowWorkingDays, Integer sessionOpensMinutes, String note,
			boolean confirmPast) {
		this(effectiveFrom, editWindowWorkingDays, sessionOpensMinutes, AttendancePolicy.DEFAULT_HEAD_LEAVE_MAX_DAYS,
				note, confirmPast);
	}

}
