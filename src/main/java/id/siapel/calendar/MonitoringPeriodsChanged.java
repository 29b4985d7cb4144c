package id.siapel.calendar;

import java.time.LocalDate;

/**
 * Published in the transaction that created, changed or deleted monitoring periods: the
 * days from {@code from} to {@code to} (inclusive) may now be inside a period or no
 * longer be, so what was already recorded on them is to be judged again (the discipline
 * module raises or withdraws its {@code MONITORING_PERIOD} flags once the change has
 * committed).
 *
 * @param from the first day whose monitoring may have changed
 * @param to the last such day (inclusive)
 */
public record MonitoringPeriodsChanged(LocalDate from, LocalDate to) {

	/** The smallest range covering both (either may be {@code null}). */
	static MonitoringPeriodsChanged covering(MonitoringPeriodsChanged a, MonitoringPeriodsChanged b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return new MonitoringPeriodsChanged(a.from.isBefore(b.from) ? a.from : b.from,
				a.to.isAfter(b.to) ? a.to : b.to);
	}

}
