package id.siapel.discipline.rules;

import java.time.LocalDate;

/**
 * How absence is counted, valid from a date (settings, product.md §2 Discipline rules).
 *
 * @param effectiveFrom first day these values apply to
 * @param singleSessionMinutes minutes an unexcused absence at only one of the two roll
 * calls counts as (default 225, half of 7.5 hours)
 * @param minutesPerDay minutes of lateness and early leave that make one day of unexcused
 * absence (default 450: Perban BKN 6/2022, following Perka BKN 21/2010)
 * @param earlyWarningStreak consecutive unexcused working days that raise an early
 * warning (default 3)
 */
public record CountingRules(LocalDate effectiveFrom, int singleSessionMinutes, int minutesPerDay,
		int earlyWarningStreak) {

	public static final CountingRules DEFAULT = new CountingRules(LocalDate.of(2021, 8, 31), 225, 450, 3);

	public CountingRules {
		if (singleSessionMinutes < 0 || minutesPerDay < 1 || earlyWarningStreak < 1) {
			throw new IllegalArgumentException("Invalid counting rules");
		}
	}

	/** Days converted from minutes: every full {@code minutesPerDay}, rounded down. */
	public int convertedDays(long minutes) {
		return (int) (minutes / this.minutesPerDay);
	}

}
