package id.siapel.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A typed day to add or change, as a form, the API or an import line gives it.
 *
 * @param date the date (the first one, with {@code until})
 * @param until for adding a run of days at once (e.g. a dispensation week), the last
 * date; {@code null} for one day
 * @param kind the kind
 * @param name the name in Indonesian
 * @param nameEn the name in English, optional
 * @param instrument the legal instrument (e.g. "SE MenPANRB No. 2/2025"), optional
 * @param instrumentDate its date, optional
 * @param source where the entry comes from (e.g. a link), optional
 * @param unitCodes the units it applies to (each with everything below it); none = all
 */
public record DayInput(LocalDate date, LocalDate until, DayKind kind, String name, String nameEn, String instrument,
		LocalDate instrumentDate, String source, List<String> unitCodes) {

	public DayInput {
		unitCodes = (unitCodes != null) ? unitCodes.stream().filter((code) -> code != null && !code.isBlank()).toList()
				: List.of();
	}

	/**
	 * One day with name and units only (api.md: {@code {date, kind, name, unitCodes?}}).
	 */
	public static DayInput of(LocalDate date, DayKind kind, String name, List<String> unitCodes) {
		return new DayInput(date, null, kind, name, null, null, null, null, unitCodes);
	}

}
