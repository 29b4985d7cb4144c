package id.siapel.discipline.cases.web;

import id.siapel.discipline.cases.OpenCase;
import lombok.Getter;
import lombok.Setter;

/** Opening a case by hand for a violation other than absence. */
@Getter
@Setter
class OpenCaseForm {

	private String nip;

	private Integer year;

	private String violation;

	private String article;

	private String sanction;

	OpenCase toCommand() {
		return new OpenCase(this.nip, this.year, this.violation, this.article, this.sanction);
	}

}
