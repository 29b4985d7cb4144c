package id.siapel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The working hours that apply from a date on (Pemda settings, regulation.md §3), until a
 * rule with a later effective date replaces them.
 *
 * @param id database id (0 when not stored)
 * @param effectiveFrom first day the rule applies
 * @param regular hours of each weekday Monday–Saturday (Saturday: six-day units)
 * @param ramadan hours of each weekday during Ramadan
 * @param morningCutoffMinutes how long after the start of work the morning apel sheet may
 * still be submitted
 * @param eveningCutoffMinutes how long after the end of work the evening sheet may still
 * be submitted
 * @param note where the rule comes from (regulation, Perbup)
 * @param version optimistic-lock version
 */
public record HoursRule(long id, LocalDate effectiveFrom, Map<DayOfWeek, TimeSpan> regular,
		Map<DayOfWeek, TimeSpan> ramadan, int morningCutoffMinutes, int eveningCutoffMinutes, String note,
		long version) {

	/** The weekdays a rule has hours for. */
	public static final java.util.List<DayOfWeek> WEEKDAYS = java.util.List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
			DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

	public HoursRule {
		regular = complete(regular, "regular");
		ramadan = complete(ramadan, "ramadan");
		if (morningCutoffMinutes < 0 || eveningCutoffMinutes < 0) {
			throw new IllegalArgumentException("Cut-offs cannot be negative");
		}
	}

	/**
	 * Perpres 21/2023 Pasal 4 (37.5 h a week from 07.30; Ramadan 32.5 h from 08.00) as
	 * most Pemda apply it, with the sheet cut-offs two hours after the start and one hour
	 * after the end of work.
	 */
	public static HoursRule defaults(LocalDate effectiveFrom) {
		Map<DayOfWeek, TimeSpan> regular = new EnumMap<>(DayOfWeek.class);
		Map<DayOfWeek, TimeSpan> ramadan = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : WEEKDAYS) {
			regular.put(day, switch (day) {
				case FRIDAY -> TimeSpan.of("07:30", "16:30");
				case SATURDAY -> TimeSpan.of("07:30", "12:00");
				default -> TimeSpan.of("07:30", "16:00");
			});
			ramadan.put(day, switch (day) {
				case FRIDAY -> TimeSpan.of("08:00", "15:30");
				case SATURDAY -> TimeSpan.of("08:00", "12:00");
				default -> TimeSpan.of("08:00", "15:00");
			});
		}
		return new HoursRule(0, effectiveFrom, regular, ramadan, 120, 60, "Perpres 21/2023 Pasal 4", 0);
	}

	/**
	 * The hours of a weekday; Sunday, on which nobody works, gets Monday's hours so that
	 * no caller ever sees none.
	 */
	public TimeSpan hours(DayOfWeek day, boolean duringRamadan) {
		DayOfWeek weekday = (day == DayOfWeek.SUNDAY) ? DayOfWeek.MONDAY : day;
		return (duringRamadan ? this.ramadan : this.regular).get(weekday);
	}

	private static Map<DayOfWeek, TimeSpan> complete(Map<DayOfWeek, TimeSpan> hours, String what) {
		EnumMap<DayOfWeek, TimeSpan> copy = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : WEEKDAYS) {
			TimeSpan span = (hours != null) ? hours.get(day) : null;
			if (span == null) {
				throw new IllegalArgumentException("No " + what + " hours for " + day);
			}
			copy.put(day, span);
		}
		return java.util.Collections.unmodifiableMap(copy);
	}

}
