package id.siapel.calendar;

import java.time.LocalTime;

/**
 * The apel of a date, derived from the working hours and the settings.
 *
 * @param morningApel apel pagi: the start of work
 * @param eveningApel apel sore: the end of work
 * @param morningCutoff until when the morning sheet may be submitted (default start + 2
 * h)
 * @param eveningCutoff until when the evening sheet may be submitted (default end + 1 h)
 */
public record ApelTimes(LocalTime morningApel, LocalTime eveningApel, LocalTime morningCutoff,
		LocalTime eveningCutoff) {
}
