package id.siapel.calendar;

/** What kind of special day it is (api.md, calendar day {@code kind}). */
public enum DayKind {

	/** Hari libur nasional (SKB 3 Menteri, or a Keppres such as an election day). */
	NATIONAL_HOLIDAY,
	/**
	 * Cuti bersama: a non-working day for ASN that does not reduce their annual leave (PP
	 * 11/2017 Pasal 333 as amended by PP 17/2020).
	 */
	COLLECTIVE_LEAVE,
	/** A holiday of the Pemda, e.g. its anniversary, possibly for some units only. */
	REGIONAL_HOLIDAY,
	/**
	 * A dispensation (WFH, WFA, flexible work, e.g. SE MenPANRB 2/2025 and 3/2025): a
	 * working day on which apel is not required.
	 */
	REMOTE_WORK;

	/**
	 * True for the first three: non-working days. REMOTE_WORK is a working day without
	 * apel.
	 */
	public boolean isDayOff() {
		return this != REMOTE_WORK;
	}

}
