package id.siapel.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import id.siapel.calendar.HoursInput;
import id.siapel.calendar.HoursRule;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The working-hours form: Monday to Saturday, regular and Ramadan, and the cut-offs. */
@Getter
@Setter
class HoursForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	private List<Row> days = new ArrayList<>();

	private Integer morningCutoffMinutes;

	private Integer eveningCutoffMinutes;

	private String note;

	private long version;

	static HoursForm of(HoursRule rule) {
		HoursForm form = new HoursForm();
		form.effectiveFrom = rule.effectiveFrom();
		for (DayOfWeek day : HoursRule.WEEKDAYS) {
			Row row = new Row();
			row.day = day;
			row.start = rule.regular().get(day).start().toString();
			row.end = rule.regular().get(day).end().toString();
			row.ramadanStart = rule.ramadan().get(day).start().toString();
			row.ramadanEnd = rule.ramadan().get(day).end().toString();
			form.days.add(row);
		}
		form.morningCutoffMinutes = rule.morningCutoffMinutes();
		form.eveningCutoffMinutes = rule.eveningCutoffMinutes();
		form.note = rule.note();
		form.version = rule.version();
		return form;
	}

	/** The input, with a field error for each time that is not a time (HH:mm). */
	HoursInput toInput(Errors errors) {
		// One row per weekday, each naming its day, whatever was posted: the form is
		// shown
		// again from these rows, and a row without its day cannot be shown (a 500 on a
		// crafted or truncated post, found by the authorization matrix of issue 14).
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < HoursRule.WEEKDAYS.size(); i++) {
			Row row = (i < this.days.size() && this.days.get(i) != null) ? this.days.get(i) : new Row();
			row.day = HoursRule.WEEKDAYS.get(i);
			rows.add(row);
		}
		this.days = rows;
		List<HoursInput.DayHours> hours = new ArrayList<>();
		for (int i = 0; i < HoursRule.WEEKDAYS.size(); i++) {
			Row row = rows.get(i);
			String path = "days[" + i + "].";
			hours.add(new HoursInput.DayHours(HoursRule.WEEKDAYS.get(i), time(row.start, path + "start", errors),
					time(row.end, path + "end", errors), time(row.ramadanStart, path + "ramadanStart", errors),
					time(row.ramadanEnd, path + "ramadanEnd", errors)));
		}
		return new HoursInput(this.effectiveFrom, hours, this.morningCutoffMinutes, this.eveningCutoffMinutes,
				this.note);
	}

	private static LocalTime time(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(value.strip().replace('.', ':'));
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "calendar.hours.time.invalid");
			return null;
		}
	}

	/** One weekday. */
	@Getter
	@Setter
	static class Row {

		private DayOfWeek day;

		private String start;

		private String end;

		private String ramadanStart;

		private String ramadanEnd;

	}

}
