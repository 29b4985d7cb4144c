package id.siapel.report.recap;

import java.time.LocalDate;

import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The recap filter as the page's GET form sends it. Every value is checked by
 * {@link Recaps#criteria}; the sort column and the employment type are bound as text and
 * matched against their whitelists there.
 */
@Getter
@Setter
class RecapForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private String unit;

	private String type;

	private String sort;

	private String dir;

	private Integer page;

}
