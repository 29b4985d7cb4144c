package id.siapel.discipline;

import java.time.LocalDate;
import java.util.List;

import id.siapel.discipline.rules.StepDraft;

/**
 * A ladder version to save, as the settings form gives it.
 *
 * @param effectiveFrom first day of absence it applies to
 * @param name its name
 * @param legalSource the regulation (e.g. the Perbup on PPPK discipline)
 * @param steps the rows of the form, {@code null} for a blank or removed row
 * @param consecutiveDays the run of the consecutive rung, or {@code null} for none
 * @param consecutiveStep that rung
 * @param confirmPast the user confirmed a past effective date
 */
public record LadderInput(LocalDate effectiveFrom, String name, String legalSource, List<StepDraft> steps,
		Integer consecutiveDays, StepDraft consecutiveStep, boolean confirmPast) {
}
