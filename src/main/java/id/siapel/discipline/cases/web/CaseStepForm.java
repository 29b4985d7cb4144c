package id.siapel.discipline.cases.web;

import java.time.LocalDate;

import id.siapel.discipline.cases.CaseStatus;
import id.siapel.discipline.cases.CaseTransition;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** The form of one next step on the case page. */
@Getter
@Setter
class CaseStepForm {

	private CaseStatus to;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private Long version;

	private String summonsNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate examinationDate;

	private String examiner;

	private boolean team;

	private String decreeNumber;

	private String authority;

	private String sanction;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveTo;

	private String note;

	CaseTransition toTransition() {
		return new CaseTransition(this.to, this.date, this.version, this.summonsNumber, this.examinationDate,
				this.examiner, this.team, this.decreeNumber, this.authority, this.sanction, this.effectiveFrom,
				this.effectiveTo, this.note);
	}

}
