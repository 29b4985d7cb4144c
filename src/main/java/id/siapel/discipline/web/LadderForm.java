package id.siapel.discipline.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.siapel.discipline.LadderInput;
import id.siapel.discipline.LadderVersion;
import id.siapel.discipline.rules.Authority;
import id.siapel.discipline.rules.LadderStep;
import id.siapel.discipline.rules.SanctionLevel;
import id.siapel.discipline.rules.StepDraft;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The PPPK ladder form: the rungs with a few blank rows to add more (works without
 * JavaScript), a "remove" box per rung, and the consecutive-days rung.
 */
@Getter
@Setter
class LadderForm {

	/** Blank rows offered below the rungs. */
	static final int SPARE_ROWS = 2;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	private String name;

	private String legalSource;

	private List<Row> steps = new ArrayList<>();

	private Integer consecutiveDays;

	private Row consecutive = new Row();

	private boolean confirmPast;

	private long version;

	static LadderForm of(LadderVersion ladder) {
		LadderForm form = new LadderForm();
		form.effectiveFrom = ladder.effectiveFrom();
		form.name = ladder.name();
		form.legalSource = ladder.legalSource();
		ladder.steps().forEach((step) -> form.steps.add(Row.of(step)));
		form.consecutiveDays = ladder.consecutiveDays();
		if (ladder.consecutiveStep() != null) {
			form.consecutive = Row.of(ladder.consecutiveStep());
			form.consecutive.minDays = null;
		}
		form.version = ladder.version();
		return form.withSpareRows();
	}

	/** Adds blank rows up to {@link #SPARE_ROWS} after the last filled one. */
	LadderForm withSpareRows() {
		int blank = 0;
		for (int i = this.steps.size() - 1; i >= 0 && this.steps.get(i).isBlank(); i--) {
			blank++;
		}
		for (; blank < SPARE_ROWS; blank++) {
			this.steps.add(new Row());
		}
		return this;
	}

	LadderInput toInput() {
		List<StepDraft> drafts = new ArrayList<>();
		for (Row row : this.steps) {
			drafts.add((row == null || row.remove || row.isBlank()) ? null : row.toDraft());
		}
		return new LadderInput(this.effectiveFrom, this.name, this.legalSource, drafts, this.consecutiveDays,
				(this.consecutive != null) ? this.consecutive.toDraft() : null, this.confirmPast);
	}

	/** One rung. */
	@Getter
	@Setter
	static class Row {

		private Integer minDays;

		private Integer maxDays;

		private SanctionLevel level;

		private String sanction;

		private String label;

		private String legalBasis;

		private Authority authority;

		private boolean remove;

		static Row of(LadderStep step) {
			Row row = new Row();
			row.minDays = step.minDays();
			row.maxDays = step.maxDays();
			row.level = step.level();
			row.sanction = step.sanction();
			row.label = step.label();
			row.legalBasis = step.legalBasis();
			row.authority = step.authority();
			return row;
		}

		boolean isBlank() {
			return this.minDays == null && this.maxDays == null && this.level == null && blank(this.sanction)
					&& blank(this.label) && blank(this.legalBasis) && this.authority == null;
		}

		StepDraft toDraft() {
			return new StepDraft(this.minDays, this.maxDays, this.level,
					(this.sanction != null) ? this.sanction.strip().toUpperCase(java.util.Locale.ROOT) : null,
					this.label, this.legalBasis, this.authority);
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}

	}

}
