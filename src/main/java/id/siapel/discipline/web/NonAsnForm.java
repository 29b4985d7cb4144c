package id.siapel.discipline.web;

import java.time.LocalDate;

import id.siapel.discipline.LadderVersion;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** The non-ASN contract evaluation form: one threshold with an effective date. */
@Getter
@Setter
class NonAsnForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	private Integer daysAbove;

	private String legalSource;

	private boolean confirmPast;

	private long version;

	static NonAsnForm of(LadderVersion ladder) {
		NonAsnForm form = new NonAsnForm();
		form.effectiveFrom = ladder.effectiveFrom();
		form.daysAbove = ladder.daysAbove();
		form.legalSource = ladder.legalSource();
		form.version = ladder.version();
		return form;
	}

}
