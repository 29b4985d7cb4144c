package id.siapel.discipline.rules;

/**
 * One rung of a ladder as a settings form gives it, before validation (any value may be
 * missing; {@link LadderCheck} says which).
 *
 * @param minDays the lowest yearly total it applies to ({@code null} for the rung of the
 * consecutive-days rule)
 * @param maxDays the highest, or {@code null} for "and more" (only the last rung)
 * @param level light, moderate or severe
 * @param sanction the sanction's code, e.g. {@code SALARY_INCREMENT_POSTPONED_1_YEAR}
 * @param label its name as the decree says it
 * @param legalBasis the article it rests on
 * @param authority who may impose it
 */
public record StepDraft(Integer minDays, Integer maxDays, SanctionLevel level, String sanction, String label,
		String legalBasis, Authority authority) {

	public static StepDraft of(LadderStep step, boolean consecutive) {
		return new StepDraft(consecutive ? null : step.minDays(), consecutive ? null : step.maxDays(), step.level(),
				step.sanction(), step.label(), step.legalBasis(), step.authority());
	}

	/** The rung, once {@link LadderCheck} found nothing wrong. */
	public LadderStep toStep() {
		return new LadderStep((this.minDays != null) ? this.minDays : 0, this.maxDays, this.level,
				this.sanction.strip(), this.label.strip(), this.legalBasis.strip(), this.authority);
	}

}
