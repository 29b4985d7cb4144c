package id.siapel.calendar;

import java.time.LocalDate;

/**
 * A monitoring period (masa pemantauan).
 *
 * @param id database id
 * @param name e.g. "Pilkada 2024: Masa tenang"
 * @param kind what it watches
 * @param startDate first day
 * @param endDate last day (inclusive)
 * @param circularNumber the circular (SE, of the Sekda or BKPSDM) ordering the
 * monitoring, or {@code null}
 * @param circularDate its date, or {@code null}
 */
public record MonitoringPeriodView(long id, String name, MonitoringKind kind, LocalDate startDate, LocalDate endDate,
		String circularNumber, LocalDate circularDate) {

	public boolean covers(LocalDate d) {
		return !d.isBefore(this.startDate) && !d.isAfter(this.endDate);
	}

	/** Whether it shares at least one day with the range. */
	public boolean overlaps(LocalDate from, LocalDate toInclusive) {
		return !this.startDate.isAfter(toInclusive) && !this.endDate.isBefore(from);
	}

}
