package id.siapel.discipline.cases;

import id.siapel.discipline.rules.SanctionLevel;

/**
 * A sanction that can be decided, from the ladders: its code, level, name, article and
 * weight (heavier sanctions weigh more).
 */
public record SanctionOption(String code, SanctionLevel level, String label, String legalBasis, String authority,
		int weight) {

	/** Months the sanction lasts when its code says so ({@code _6_MONTHS}), else 0. */
	public int months() {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("_(\\d+)_MONTHS$").matcher(this.code);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

}
