package id.siapel.discipline;

import java.time.LocalDate;
import java.util.List;

import id.siapel.shared.RuleViolationException.Problem;

/**
 * The effective date of a new or changed rule version: required, within the years the
 * application counts, unique per rule, and — when it is today or earlier — only with the
 * user's confirmation that the absences since then are counted again (the past is never
 * changed silently).
 */
final class EffectiveDates {

	static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

	static final LocalDate LAST = LocalDate.of(2100, 12, 31);

	private EffectiveDates() {
	}

	static void check(List<Problem> problems, LocalDate from, boolean confirmPast, LocalDate today, boolean duplicate) {
		if (from == null) {
			problems.add(new Problem("effectiveFrom", "discipline.rules.effectiveFrom.required"));
		}
		else if (from.isBefore(FIRST) || from.isAfter(LAST)) {
			problems.add(new Problem("effectiveFrom", "discipline.rules.effectiveFrom.range", FIRST.getYear(),
					LAST.getYear()));
		}
		else if (duplicate) {
			problems.add(new Problem("effectiveFrom", "discipline.rules.effectiveFrom.duplicate", from));
		}
		else if (!from.isAfter(today) && !confirmPast) {
			problems.add(new Problem("confirmPast", "discipline.rules.effectiveFrom.confirmPast", from));
		}
	}

}
