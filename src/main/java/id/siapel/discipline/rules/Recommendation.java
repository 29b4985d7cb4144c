package id.siapel.discipline.rules;

/**
 * The sanction the counts call for, with its legal basis, who may impose it, and the next
 * threshold ("2 more days → teguran tertulis").
 *
 * @param level the level, NONE below the first rung
 * @param sanction the sanction code, or {@code null}
 * @param label the sanction's name
 * @param legalBasis the article
 * @param authority who may impose it, or {@code null}
 * @param byConsecutiveDays the run of consecutive days, not the total, decided it
 * @param next the next rung, or {@code null} at the top
 */
public record Recommendation(SanctionLevel level, String sanction, String label, String legalBasis, Authority authority,
		boolean byConsecutiveDays, Next next) {

	static Recommendation none(Next next) {
		return new Recommendation(SanctionLevel.NONE, null, null, null, null, false, next);
	}

	/**
	 * The next rung.
	 *
	 * @param days the total at which it starts
	 * @param daysToGo how many more days reach it
	 * @param sanction its code
	 * @param label its name
	 */
	public record Next(int days, int daysToGo, String sanction, String label) {
	}

}
