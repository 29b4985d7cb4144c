package id.siapel.discipline.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import id.siapel.shared.RuleViolationException.Problem;

/**
 * What makes a sanction ladder usable (a Perkada's PPPK ladder, product.md §2): at least
 * one rung; the rungs, in order, cover contiguous ranges of days without gaps or overlaps
 * from at least 1 day, only the last one open-ended; severity never goes down; every rung
 * names its sanction, label, legal basis and authority. The rung of the consecutive-days
 * rule is optional. Blank rows of a form come in as {@code null} and are skipped, so each
 * problem names the row the user sees.
 */
public final class LadderCheck {

	public static final int MAX_DAYS = 366;

	public static final int MAX_TEXT = 300;

	static final Pattern SANCTION_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,49}");

	private LadderCheck() {
	}

	/**
	 * @param steps the rows of the form, {@code null} for a blank or removed row
	 * @param consecutiveDays the run of unexcused working days of the consecutive rung,
	 * or {@code null} for none
	 * @param consecutive that rung, ignored without {@code consecutiveDays}
	 */
	public static List<Problem> problems(List<StepDraft> steps, Integer consecutiveDays, StepDraft consecutive) {
		List<Problem> problems = new ArrayList<>();
		StepDraft previous = null;
		int previousRow = -1;
		int count = 0;
		boolean rangesBroken = false;
		for (int i = 0; i < steps.size(); i++) {
			StepDraft step = steps.get(i);
			if (step == null) {
				continue;
			}
			count++;
			String path = "steps[" + i + "].";
			boolean last = lastRow(steps, i);
			if (step.minDays() == null || step.minDays() < 1 || step.minDays() > MAX_DAYS) {
				problems.add(new Problem(path + "minDays", "discipline.ladder.step.minDays.range", MAX_DAYS));
				rangesBroken = true;
			}
			if (step.maxDays() == null && !last) {
				problems.add(new Problem(path + "maxDays", "discipline.ladder.step.maxDays.required"));
				rangesBroken = true;
			}
			else if (step.maxDays() != null && step.minDays() != null
					&& (step.maxDays() < step.minDays() || step.maxDays() > MAX_DAYS)) {
				problems.add(new Problem(path + "maxDays", "discipline.ladder.step.maxDays.order", step.minDays()));
				rangesBroken = true;
			}
			texts(problems, path, step);
			if (previous != null && !rangesBroken && step.minDays() != null && previous.maxDays() != null) {
				int expected = previous.maxDays() + 1;
				if (step.minDays() < expected) {
					problems.add(new Problem(path + "minDays", "discipline.ladder.step.overlap", i + 1, previousRow + 1,
							previous.maxDays()));
				}
				else if (step.minDays() > expected) {
					problems.add(new Problem(path + "minDays", "discipline.ladder.step.gap", expected,
							step.minDays() - 1, previousRow + 1, i + 1));
				}
			}
			if (previous != null && step.level() != null && previous.level() != null
					&& step.level().compareTo(previous.level()) < 0) {
				problems.add(new Problem(path + "level", "discipline.ladder.step.severity", i + 1, previousRow + 1));
			}
			previous = step;
			previousRow = i;
		}
		if (count == 0) {
			problems.add(new Problem("steps", "discipline.ladder.steps.required"));
		}
		if (consecutiveDays != null) {
			if (consecutiveDays < 2 || consecutiveDays > 60) {
				problems.add(new Problem("consecutiveDays", "discipline.ladder.consecutiveDays.range", 2, 60));
			}
			texts(problems, "consecutive.",
					(consecutive != null) ? consecutive : new StepDraft(null, null, null, null, null, null, null));
		}
		if (!problems.isEmpty()) {
			problems.add(0, new Problem(null, "discipline.ladder.invalid"));
		}
		return problems;
	}

	private static void texts(List<Problem> problems, String path, StepDraft step) {
		if (step.level() == null || step.level() == SanctionLevel.NONE) {
			problems.add(new Problem(path + "level", "discipline.ladder.step.level.required"));
		}
		if (step.sanction() == null || !SANCTION_CODE.matcher(step.sanction().strip()).matches()) {
			problems.add(new Problem(path + "sanction", "discipline.ladder.step.sanction.format"));
		}
		text(problems, path + "label", step.label(), "discipline.ladder.step.label.required");
		text(problems, path + "legalBasis", step.legalBasis(), "discipline.ladder.step.legalBasis.required");
		if (step.authority() == null) {
			problems.add(new Problem(path + "authority", "discipline.ladder.step.authority.required"));
		}
	}

	private static void text(List<Problem> problems, String field, String value, String requiredKey) {
		if (value == null || value.isBlank()) {
			problems.add(new Problem(field, requiredKey));
		}
		else if (value.strip().length() > MAX_TEXT) {
			problems.add(new Problem(field, "discipline.rules.tooLong", MAX_TEXT));
		}
	}

	private static boolean lastRow(List<StepDraft> steps, int index) {
		for (int j = index + 1; j < steps.size(); j++) {
			if (steps.get(j) != null) {
				return false;
			}
		}
		return true;
	}

}
