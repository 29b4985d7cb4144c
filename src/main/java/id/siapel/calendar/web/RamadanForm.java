package id.siapel.calendar.web;

import java.time.LocalDate;

import id.siapel.calendar.RamadanPeriodView;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** Add/edit form of a Ramadan period. */
@Getter
@Setter
class RamadanForm {

	private String name;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private long version;

	static RamadanForm of(RamadanPeriodView period) {
		RamadanForm form = new RamadanForm();
		form.name = period.name();
		form.startDate = period.startDate();
		form.endDate = period.endDate();
		form.version = period.version();
		return form;
	}

}
