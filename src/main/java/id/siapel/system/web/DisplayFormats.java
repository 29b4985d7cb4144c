package id.siapel.system.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import id.siapel.shared.DisplayDates;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people in the Pemda read them ("Selasa, 8 April 2025", "08.15 WIB"),
 * in the Pemda's zone and the user's language. Templates call it as
 * {@code ${@fmt.longDate(date)}}.
 */
@Component("fmt")
public class DisplayFormats {

	/** Indonesian time zone names (UU 2/1987 and Keppres 41/1987 on the three zones). */
	private static final Map<String, String> ZONE_NAMES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
			"Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

	/**
	 * The name under which migrations, the demo and background work record their changes.
	 */
	static final String SYSTEM_USER = "system";

	private final ZoneId zone;

	private final MessageSource messages;

	public DisplayFormats(Clock clock, MessageSource messages) {
		this.zone = clock.getZone();
		this.messages = messages;
	}

	/**
	 * Who made a change, as recorded: a user name, or the application itself
	 * ({@code system}), which is shown in the user's language.
	 */
	public String user(String username) {
		if (SYSTEM_USER.equals(username)) {
			return this.messages.getMessage("user.system", null, LocaleContextHolder.getLocale());
		}
		return (username != null) ? username : "";
	}

	public String longDate(LocalDate date) {
		return DisplayDates.longDate(date);
	}

	public String date(LocalDate date) {
		return DisplayDates.date(date);
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return pattern("d MMM yyyy HH.mm.ss").format(instant.atZone(this.zone)) + " " + zoneName();
	}

	/** A wall-clock time in the Pemda's zone: "08.15 WIB". */
	public String time(LocalTime time) {
		if (time == null) {
			return "";
		}
		return pattern("HH.mm").format(time) + " " + zoneName();
	}

	public String zoneName() {
		return ZONE_NAMES.getOrDefault(this.zone.getId(), this.zone.getId());
	}

	private static DateTimeFormatter pattern(String pattern) {
		return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale());
	}

}
