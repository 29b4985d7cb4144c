package id.siapel.discipline.cases;

import id.siapel.discipline.rules.SanctionLevel;

/**
 * A sanction that can be decided, from the ladders: its code, level, name, article and
 * weight (heavier sanctions weigh more).
 */
public record SanctionOption(String code, SanctionLevel level, String label, String legalBasis, String authority,
		int weight) {

	/**
	 * Months the sanction lasts when its code says so ({@code _6_MONTHS},
	 * {@code _1_YEAR}, {@code _3_YEARS}), else 0.
	 */
	public int months() {
		return id.siapel.discipline.rules.SanctionDuration.months(this.code);
	}

}
