package id.siapel.discipline.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sanctions for a yearly total of unexcused days, for some employment types, valid
 * from a date: the PP 94/2021 ladder for PNS and CPNS, the Pemda's ladder for PPPK (PP
 * 49/2018 Pasal 52), the contract evaluation of non-ASN staff. A run of consecutive
 * unexcused working days may have a rung of its own (ten days: dismissal).
 *
 * @param code the ladder's code (PNS, PPPK, NON_ASN…)
 * @param name its name
 * @param effectiveFrom first day of absence it applies to
 * @param steps the rungs by yearly total
 * @param consecutiveDays the run length of the consecutive rung, or {@code null}
 * @param consecutiveStep the consecutive rung, or {@code null}
 */
public record SanctionLadder(String code, String name, LocalDate effectiveFrom, List<LadderStep> steps,
		Integer consecutiveDays, LadderStep consecutiveStep) {

	public SanctionLadder {
		steps = steps.stream().sorted(Comparator.comparingInt(LadderStep::minDays)).toList();
	}

	/**
	 * The sanction for a yearly total and the longest run of the year: the heavier of the
	 * two rungs (one violation is sanctioned once, the heaviest applies).
	 */
	public Recommendation recommend(int totalDays, int longestRun, boolean seniorOfficial) {
		Optional<LadderStep> byTotal = this.steps.stream().filter((step) -> step.covers(totalDays)).findFirst();
		LadderStep chosen = byTotal.orElse(null);
		if (this.consecutiveStep != null && this.consecutiveDays != null && longestRun >= this.consecutiveDays
				&& (chosen == null || this.consecutiveStep.level().compareTo(chosen.level()) >= 0)) {
			chosen = this.consecutiveStep;
		}
		// The next threshold is a rung heavier than the one recommended: after dismissal
		// by
		// a run of consecutive days, no lower rung of the yearly total is "next".
		int floor = (chosen != null) ? rank(chosen) : -1;
		Optional<LadderStep> next = this.steps.stream()
			.filter((step) -> step.minDays() > totalDays && this.steps.indexOf(step) > floor)
			.findFirst();
		Recommendation.Next nextThreshold = next
			.map((step) -> new Recommendation.Next(step.minDays(), step.minDays() - totalDays, step.sanction(),
					step.label()))
			.orElse(null);
		if (chosen == null) {
			return Recommendation.none(nextThreshold);
		}
		// A JPT Pratama (echelon II) is sanctioned by the PPK whatever the level.
		Authority authority = seniorOfficial ? Authority.REGENT : chosen.authority();
		return new Recommendation(chosen.level(), chosen.sanction(), chosen.label(), chosen.legalBasis(), authority,
				chosen == this.consecutiveStep, nextThreshold);
	}

	/**
	 * How heavy a rung is, as a position on the yearly-total rungs: a rung of that ladder
	 * is its own index; the consecutive rung ranks with the heaviest rung imposing the
	 * same sanction, or else with the heaviest rung of its level or a lower one.
	 */
	int rank(LadderStep step) {
		int own = this.steps.indexOf(step);
		if (own >= 0) {
			return own;
		}
		int rank = -1;
		for (int i = 0; i < this.steps.size(); i++) {
			LadderStep candidate = this.steps.get(i);
			if (candidate.sanction().equals(step.sanction()) || candidate.level().compareTo(step.level()) < 0) {
				rank = i;
			}
		}
		return rank;
	}

	/** The rung a total reaches, if any. */
	public Optional<LadderStep> stepFor(int totalDays) {
		return this.steps.stream().filter((step) -> step.covers(totalDays)).findFirst();
	}

}
