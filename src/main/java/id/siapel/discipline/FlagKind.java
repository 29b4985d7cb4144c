package id.siapel.discipline;

/** Why an absence deserves a human look (product.md §2, Flags; api.md flag kind). */
public enum FlagKind {

	/** Absent on the first working day after a block with a holiday or cuti bersama. */
	AFTER_HOLIDAY,
	/**
	 * Absent on the last working day before such a block, or on a bridge day (hari
	 * kejepit).
	 */
	BEFORE_HOLIDAY,
	/** Unexcused inside an active monitoring period (Pilkada stages, after Lebaran…). */
	MONITORING_PERIOD,
	/** Three or more consecutive unexcused working days; ten reach the dismissal rule. */
	CONSECUTIVE_ABSENCE,
	/** The yearly total reached a rung of the sanction ladder. */
	THRESHOLD_REACHED,
	/** The head of an OPD was unexcused: escalated to the Sekda. */
	UNIT_HEAD_ABSENT,
	/** An OPD did not submit its roll call by the cut-off time. */
	ROLL_CALL_MISSING,
	/** An inspection found absent someone the sheet marked present. */
	INSPECTION_MISMATCH

}
