package id.siapel.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the legal instrument out of a source note such as
 * {@code SKB No.1017/2024, 2/2024,
 * 2/2024 (14 Oct 2024); https://…} (the reference CSV): the instrument is the text before
 * the first {@code ;}, its date the first date written in it (English or Indonesian month
 * names). V7__calendar_national_days_2023_2026.sql was generated with the same rule.
 */
final class Instruments {

	static final int MAX_LENGTH = 300;

	private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{4})");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("mei", 5), Map.entry("jun", 6),
			Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("agu", 8), Map.entry("sep", 9), Map.entry("oct", 10),
			Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("des", 12));

	private Instruments() {
	}

	/** The instrument of a source note, or {@code null} for a blank one. */
	static String instrumentOf(String source) {
		if (source == null || source.isBlank()) {
			return null;
		}
		int semicolon = source.indexOf(';');
		String instrument = ((semicolon >= 0) ? source.substring(0, semicolon) : source).strip();
		if (instrument.isEmpty()) {
			return null;
		}
		return (instrument.length() > MAX_LENGTH) ? instrument.substring(0, MAX_LENGTH) : instrument;
	}

	/** The first date written in the instrument, if any. */
	static Optional<LocalDate> dateOf(String instrument) {
		if (instrument == null) {
			return Optional.empty();
		}
		Matcher matcher = DATE.matcher(instrument);
		while (matcher.find()) {
			Integer month = MONTHS.get(matcher.group(2).toLowerCase(Locale.ROOT));
			if (month != null) {
				try {
					return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(3)), month,
							Integer.parseInt(matcher.group(1))));
				}
				catch (DateTimeException ex) {
					// "31 Feb 2024" is not a date; look further.
				}
			}
		}
		return Optional.empty();
	}

}
