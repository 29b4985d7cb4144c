package id.siapel.calendar;

import java.time.LocalDate;

/**
 * The days of Ramadan in one year, on which the Ramadan working hours apply.
 *
 * @param id database id (0 when not stored)
 * @param name e.g. "Ramadan 1446 H"
 * @param startDate 1 Ramadan
 * @param endDate the last day of Ramadan (the day before Idul Fitri)
 * @param version optimistic-lock version
 */
public record RamadanPeriodView(long id, String name, LocalDate startDate, LocalDate endDate, long version) {

	public boolean covers(LocalDate date) {
		return !date.isBefore(this.startDate) && !date.isAfter(this.endDate);
	}

}
