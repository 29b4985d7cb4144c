package id.siapel.discipline;

import java.time.LocalDate;

/**
 * Counting rules to save, as the settings form gives them (any value may be missing; the
 * service says which).
 *
 * @param effectiveFrom first day of absence they apply to
 * @param singleSessionMinutes minutes of an unexcused absence at one roll call only
 * @param minutesPerDay minutes of lateness and early leave per converted day
 * @param earlyWarningStreak consecutive unexcused working days of the early warning
 * @param legalBasis the regulation
 * @param confirmPast the user confirmed that absences since a past effective date are
 * counted again
 */
public record CountingInput(LocalDate effectiveFrom, Integer singleSessionMinutes, Integer minutesPerDay,
		Integer earlyWarningStreak, String legalBasis, boolean confirmPast) {
}
