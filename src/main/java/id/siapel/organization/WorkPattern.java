package id.siapel.organization;

/**
 * The working week of a unit. Five days is the rule (Perpres 21/2023); six-day and shift
 * units (RSUD, puskesmas, Satpol PP, schools) exist under its Pasal 7 exceptions.
 */
public enum WorkPattern {

	/** Monday to Friday. */
	FIVE_DAY,
	/** Monday to Saturday. */
	SIX_DAY

}
