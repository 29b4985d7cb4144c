package id.siapel.discipline.cases;

import id.siapel.discipline.rules.SanctionLevel;

/**
 * A sanction that can be decided, from the ladders: its code, level, name, article and
 * weight (heavier sanctions weigh more).
 */
public record SanctionOption(String code, SanctionLevel level, String label, String legalBasis, String authority,
		int weight) {

	private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern
		.compile("_(\\d+)_(MONTH|MONTHS|YEAR|YEARS)$");

	/**
	 * Months the sanction lasts when its code says so ({@code _6_MONTHS},
	 * {@code _1_YEAR}, {@code _3_YEARS}), else 0.
	 */
	public int months() {
		java.util.regex.Matcher m = DURATION.matcher(this.code);
		if (!m.find()) {
			return 0;
		}
		int n = Integer.parseInt(m.group(1));
		return m.group(2).startsWith("YEAR") ? n * 12 : n;
	}

}
