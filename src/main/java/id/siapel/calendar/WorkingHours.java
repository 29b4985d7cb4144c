package id.siapel.calendar;

import java.time.LocalTime;

/**
 * When work starts and ends on a date, Pemda-wide.
 *
 * @param start start of work
 * @param end end of work
 * @param ramadan whether the Ramadan hours apply
 */
public record WorkingHours(LocalTime start, LocalTime end, boolean ramadan) {
}
