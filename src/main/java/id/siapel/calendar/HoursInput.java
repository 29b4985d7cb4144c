package id.siapel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Working hours to save, as the settings form gives them (any value may be missing; the
 * service says which).
 *
 * @param effectiveFrom from when they apply
 * @param days the hours of Monday to Saturday, in that order
 * @param morningCutoffMinutes minutes after the start of work until which the morning
 * sheet may be submitted
 * @param eveningCutoffMinutes minutes after the end of work for the evening sheet
 * @param note where the rule comes from
 */
public record HoursInput(LocalDate effectiveFrom, List<DayHours> days, Integer morningCutoffMinutes,
		Integer eveningCutoffMinutes, String note) {

	/** One weekday: regular and Ramadan hours. */
	public record DayHours(DayOfWeek day, LocalTime start, LocalTime end, LocalTime ramadanStart,
			LocalTime ramadanEnd) {
	}

	public static HoursInput of(HoursRule rule) {
		return new HoursInput(rule.effectiveFrom(),
				HoursRule.WEEKDAYS.stream()
					.map((day) -> new DayHours(day, rule.regular().get(day).start(), rule.regular().get(day).end(),
							rule.ramadan().get(day).start(), rule.ramadan().get(day).end()))
					.toList(),
				rule.morningCutoffMinutes(), rule.eveningCutoffMinutes(), rule.note());
	}

}
