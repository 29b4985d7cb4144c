package id.siapel.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One date as a unit sees it.
 *
 * @param date the date
 * @param working whether it is a working day of the unit
 * @param apelRequired whether apel is held: a working day without a dispensation
 * @param kinds the kinds of the special days on that date that apply to the unit
 * @param names their names, in the same order as they were found (one per special day)
 */
public record CalendarDay(LocalDate date, boolean working, boolean apelRequired, List<DayKind> kinds,
		List<String> names) {

	public CalendarDay {
		kinds = List.copyOf(kinds);
		names = List.copyOf(names);
	}

}
