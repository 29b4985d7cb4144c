package id.siapel.discipline.rules;

/**
 * One rung of a sanction ladder.
 *
 * @param minDays the lowest yearly total it applies to
 * @param maxDays the highest, or {@code null} for "and more"
 * @param level light, moderate or severe
 * @param sanction the sanction's code (e.g. {@code WRITTEN_REPRIMAND})
 * @param label its name in Indonesian, as the decree says it
 * @param legalBasis the article it rests on
 * @param authority who may impose it
 */
public record LadderStep(int minDays, Integer maxDays, SanctionLevel level, String sanction, String label,
		String legalBasis, Authority authority) {

	public boolean covers(int days) {
		return days >= this.minDays && (this.maxDays == null || days <= this.maxDays);
	}

}
