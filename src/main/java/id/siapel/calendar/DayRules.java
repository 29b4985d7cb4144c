package id.siapel.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.shared.RuleViolationException.Problem;

/**
 * The rules of a typed day, shared by the form, the API and the import: what must be
 * filled in, how long it may be, which units exist, and when two days are the same.
 */
final class DayRules {

	static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

	static final LocalDate LAST = LocalDate.of(2100, 12, 31);

	/** At most a year of days in one go. */
	static final int MAX_RUN = 366;

	private DayRules() {
	}

	/**
	 * What is wrong with the input, field by field; the unit ids of its codes are added
	 * to {@code unitIds}.
	 */
	static List<Problem> problems(DayInput input, UnitTree tree, Set<Long> unitIds) {
		List<Problem> problems = new ArrayList<>();
		if (input.date() == null) {
			problems.add(new Problem("date", "calendar.day.date.required"));
		}
		else if (input.date().isBefore(FIRST) || input.date().isAfter(LAST)) {
			problems.add(new Problem("date", "calendar.day.date.range", FIRST.getYear(), LAST.getYear()));
		}
		if (input.until() != null && input.date() != null) {
			if (input.until().isBefore(input.date())) {
				problems.add(new Problem("until", "calendar.day.until.beforeDate"));
			}
			else if (ChronoUnit.DAYS.between(input.date(), input.until()) >= MAX_RUN) {
				problems.add(new Problem("until", "calendar.day.until.tooLong", MAX_RUN));
			}
			else if (input.until().isAfter(LAST)) {
				problems.add(new Problem("until", "calendar.day.date.range", FIRST.getYear(), LAST.getYear()));
			}
		}
		if (input.kind() == null) {
			problems.add(new Problem("kind", "calendar.day.kind.required"));
		}
		if (input.name() == null || input.name().isBlank()) {
			problems.add(new Problem("name", "calendar.day.name.required"));
		}
		tooLong(problems, "name", input.name(), 200);
		tooLong(problems, "nameEn", input.nameEn(), 200);
		tooLong(problems, "instrument", input.instrument(), Instruments.MAX_LENGTH);
		tooLong(problems, "source", input.source(), 1000);
		for (String code : new LinkedHashSet<>(input.unitCodes())) {
			UnitView unit = tree.byCode(code).orElse(null);
			if (unit == null) {
				problems.add(new Problem("unitCodes", "unit.unknown", code.strip()));
			}
			else {
				unitIds.add(unit.id());
			}
		}
		return problems;
	}

	private static void tooLong(List<Problem> problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(new Problem(field, "calendar.day.tooLong", max));
		}
	}

	/**
	 * Whether a day for {@code a} and a day for {@code b} would apply to a common unit
	 * (each set with everything below its units; an empty set means all units).
	 */
	static boolean overlap(Collection<Long> a, Collection<Long> b, UnitTree tree) {
		if (a.isEmpty() || b.isEmpty()) {
			return true;
		}
		for (Long x : a) {
			for (Long y : b) {
				if (tree.isWithin(x, y) || tree.isWithin(y, x)) {
					return true;
				}
			}
		}
		return false;
	}

	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
