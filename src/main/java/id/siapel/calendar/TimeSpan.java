package id.siapel.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * From when to when people work on a weekday (breaks included).
 *
 * @param start start of work
 * @param end end of work, after the start
 */
public record TimeSpan(LocalTime start, LocalTime end) {

	public TimeSpan {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("Work must end after it starts: " + start + "-" + end);
		}
	}

	public static TimeSpan of(String start, String end) {
		return new TimeSpan(LocalTime.parse(start), LocalTime.parse(end));
	}

	public Duration duration() {
		return Duration.between(this.start, this.end);
	}

}
