package id.siapel.discipline.cases.web;

import java.time.LocalDate;

import id.siapel.discipline.cases.OpenCase;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** Opening a case by hand for a violation other than absence. */
@Getter
@Setter
class OpenCaseForm {

	private String nip;

	private Integer year;

	private String violation;

	private String article;

	private String sanction;

	/** The day the case was opened: today, or the real date of a case recorded later. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	OpenCase toCommand() {
		return new OpenCase(this.nip, this.year, this.violation, this.article, this.sanction, this.date);
	}

}
