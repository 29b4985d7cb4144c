package id.siapel.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dates as people in the Pemda read them, in the reader's language: "Selasa, 8 April
 * 2025" and "8 April 2025". Pages use them through {@code @fmt}; services put them into
 * the arguments of a message (a rule violation names the date at fault the same way a
 * page shows it, never as 2025-04-08).
 */
public final class DisplayDates {

	private DisplayDates() {
	}

	public static String longDate(LocalDate date) {
		return (date != null) ? pattern("EEEE, d MMMM yyyy").format(date) : "";
	}

	public static String date(LocalDate date) {
		return (date != null) ? pattern("d MMMM yyyy").format(date) : "";
	}

	private static DateTimeFormatter pattern(String pattern) {
		return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale());
	}

}
