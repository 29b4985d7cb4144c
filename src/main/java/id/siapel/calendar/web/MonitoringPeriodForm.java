package id.siapel.calendar.web;

import java.time.LocalDate;

import id.siapel.calendar.MonitoringKind;
import id.siapel.calendar.MonitoringPeriods;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** Create/edit form of a monitoring period, also used for the template's circular. */
@Getter
@Setter
class MonitoringPeriodForm {

	private String name;

	private MonitoringKind kind = MonitoringKind.ELECTION;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private String circularNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate circularDate;

	private long version;

	static MonitoringPeriodForm of(MonitoringPeriods.Editable editable) {
		MonitoringPeriodForm form = new MonitoringPeriodForm();
		form.name = editable.period().name();
		form.kind = editable.period().kind();
		form.startDate = editable.period().startDate();
		form.endDate = editable.period().endDate();
		form.circularNumber = editable.period().circularNumber();
		form.circularDate = editable.period().circularDate();
		form.version = editable.version();
		return form;
	}

	MonitoringPeriods.PeriodInput toInput() {
		return new MonitoringPeriods.PeriodInput(this.name, this.kind, this.startDate, this.endDate,
				this.circularNumber, this.circularDate);
	}

}
