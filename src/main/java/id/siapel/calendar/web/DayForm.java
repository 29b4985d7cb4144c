package id.siapel.calendar.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.siapel.calendar.DayInput;
import id.siapel.calendar.DayKind;
import id.siapel.calendar.SpecialDay;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** Add/edit form of a typed day; {@code until} adds a run of days (new days only). */
@Getter
@Setter
class DayForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate until;

	private DayKind kind;

	private String name;

	private String nameEn;

	private String instrument;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate instrumentDate;

	private String source;

	private List<String> unitCodes = new ArrayList<>();

	private long version;

	static DayForm of(SpecialDay day, UnitTree tree) {
		DayForm form = new DayForm();
		form.date = day.date();
		form.kind = day.kind();
		form.name = day.name();
		form.nameEn = day.nameEn();
		form.instrument = day.instrument();
		form.instrumentDate = day.instrumentDate();
		form.source = day.source();
		form.unitCodes = day.unitIds()
			.stream()
			.map((id) -> tree.byId(id).map(UnitView::code).orElse(null))
			.filter(java.util.Objects::nonNull)
			.sorted()
			.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		form.version = day.version();
		return form;
	}

	DayInput toInput() {
		return new DayInput(this.date, this.until, this.kind, this.name, this.nameEn, this.instrument,
				this.instrumentDate, this.source, this.unitCodes);
	}

}
