package id.siapel.discipline;

import java.time.LocalDate;

/**
 * One version of the counting rules as the settings page shows it.
 *
 * @param id its id
 * @param effectiveFrom the first day of absence it applies to
 * @param singleSessionMinutes minutes an unexcused absence at one roll call only counts
 * @param minutesPerDay minutes of lateness and early leave that make one day
 * @param earlyWarningStreak consecutive unexcused working days that raise an early
 * warning
 * @param legalBasis where the values come from
 * @param changedBy who saved it last
 * @param version for optimistic locking
 * @param state future, in force, or superseded
 * @param editable may still be changed (in the future, or nothing was counted under it)
 * @param deletable may be deleted (editable, and not the first version)
 */
public record CountingVersion(long id, LocalDate effectiveFrom, int singleSessionMinutes, int minutesPerDay,
		int earlyWarningStreak, String legalBasis, String changedBy, long version, VersionState state, boolean editable,
		boolean deletable) {

	/** Where a version stands today. */
	public enum VersionState {

		FUTURE, IN_FORCE, SUPERSEDED

	}

}
