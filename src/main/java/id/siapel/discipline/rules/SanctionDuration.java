package id.siapel.discipline.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a sanction lasts when its code says so: {@code ALLOWANCE_CUT_6_MONTHS},
 * {@code DEMOTION_12_MONTHS}, a PPPK's {@code SALARY_INCREMENT_POSTPONED_1_YEAR} or
 * {@code _3_YEARS}.
 */
public final class SanctionDuration {

	private static final Pattern DURATION = Pattern.compile("_(\\d+)_(MONTH|MONTHS|YEAR|YEARS)$");

	private SanctionDuration() {
	}

	/** Months the sanction with that code lasts, or 0 when the code names no duration. */
	public static int months(String code) {
		if (code == null) {
			return 0;
		}
		Matcher m = DURATION.matcher(code);
		if (!m.find()) {
			return 0;
		}
		int n = Integer.parseInt(m.group(1));
		return m.group(2).startsWith("YEAR") ? n * 12 : n;
	}

}
