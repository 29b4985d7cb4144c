package id.siapel.discipline.web;

import java.time.LocalDate;

import id.siapel.discipline.CountingInput;
import id.siapel.discipline.CountingVersion;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** The counting-rules form. */
@Getter
@Setter
class CountingForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	private Integer singleSessionMinutes;

	private Integer minutesPerDay;

	private Integer earlyWarningStreak;

	private String legalBasis;

	private boolean confirmPast;

	private long version;

	static CountingForm of(CountingVersion rules) {
		CountingForm form = new CountingForm();
		form.effectiveFrom = rules.effectiveFrom();
		form.singleSessionMinutes = rules.singleSessionMinutes();
		form.minutesPerDay = rules.minutesPerDay();
		form.earlyWarningStreak = rules.earlyWarningStreak();
		form.legalBasis = rules.legalBasis();
		form.version = rules.version();
		return form;
	}

	CountingInput toInput() {
		return new CountingInput(this.effectiveFrom, this.singleSessionMinutes, this.minutesPerDay,
				this.earlyWarningStreak, this.legalBasis, this.confirmPast);
	}

}
