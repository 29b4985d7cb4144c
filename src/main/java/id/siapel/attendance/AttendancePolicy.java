package id.siapel.attendance;

import java.time.LocalDate;

/**
 * The roll-call rules a Perbup may set, valid from a date (product.md: "edit window
 * (setting, default: the next working day)").
 *
 * @param effectiveFrom the first day they apply to
 * @param editWindowWorkingDays an OPD head may change a sheet until the end of this many
 * working days after its date (0: only on the day itself)
 * @param sessionOpensMinutes a session may be marked this many minutes before its apel
 * @param headLeaveMaxDays the longest leave a unit head may register, in calendar days
 * with the first and last day included; longer leave is registered by BKPSDM
 */
public record AttendancePolicy(LocalDate effectiveFrom, int editWindowWorkingDays, int sessionOpensMinutes,
		int headLeaveMaxDays) {

	/**
	 * Cuti melahirkan lasts up to three months (PP 11/2017 as amended): 92 calendar days
	 * cover it in any quarter; tugas belajar and CLTN are registered by BKPSDM.
	 */
	public static final int DEFAULT_HEAD_LEAVE_MAX_DAYS = 92;

	/** A policy with the default limit on the leave a unit head registers. */
	public AttendancePolicy(LocalDate effectiveFrom, int editWindowWorkingDays, int sessionOpensMinutes) {
		this(effectiveFrom, editWindowWorkingDays, sessionOpensMinutes, DEFAULT_HEAD_LEAVE_MAX_DAYS);
	}

}
