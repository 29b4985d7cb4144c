package id.siapel.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * What the home page shows about monitoring: the periods active today, with their
 * circulars. The system module's home template includes {@code calendar/banner ::
 * monitoring}, which asks this bean, so the system module needs no dependency on this
 * one.
 */
@Component("monitoringBanner")
@RequiredArgsConstructor
public class MonitoringBanner {

	private final WorkCalendars calendars;

	private final Clock clock;

	public List<MonitoringPeriodView> activeToday() {
		return this.calendars.current().monitoringPeriodsOn(LocalDate.now(this.clock));
	}

}
