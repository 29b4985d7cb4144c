package id.siapel.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A typed day as it is stored: a national holiday, cuti bersama, regional holiday or
 * dispensation on one date.
 *
 * @param id database id (0 for one that is not stored)
 * @param date the date
 * @param kind what kind of day
 * @param name its name in Indonesian, as the instrument writes it
 * @param nameEn its name in English, or {@code null}
 * @param instrument the legal instrument (SKB, Keppres, SE) and its number, or
 * {@code null}
 * @param instrumentDate the instrument's date, or {@code null}
 * @param source where the entry comes from (e.g. the instrument and a link), or
 * {@code null}
 * @param unitIds the units it applies to, each with everything below it; empty = all
 * units
 * @param version optimistic-lock version
 */
public record SpecialDay(long id, LocalDate date, DayKind kind, String name, String nameEn, String instrument,
		LocalDate instrumentDate, String source, Set<Long> unitIds, long version) {

	public SpecialDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
		unitIds = (unitIds != null) ? Set.copyOf(unitIds) : Set.of();
	}

	/** A day that is not stored (tests, previews). */
	public static SpecialDay of(LocalDate date, DayKind kind, String name, Long... unitIds) {
		return new SpecialDay(0, date, kind, name, null, null, null, null, Set.of(unitIds), 0);
	}

	public boolean forAllUnits() {
		return this.unitIds.isEmpty();
	}

	/** The name in the user's language: English when there is one, else Indonesian. */
	public String displayName(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.nameEn != null && !this.nameEn.isBlank()) ? this.nameEn
				: this.name;
	}

}
