package id.siapel.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.siapel.calendar.CalendarViews;
import id.siapel.calendar.DayKind;
import id.siapel.calendar.SpecialDay;
import id.siapel.calendar.UnitCalendar;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.WorkPattern;

import org.springframework.context.MessageSource;

/**
 * A year as twelve month grids (weeks from Monday), each day with the class of its kind,
 * and under each month the list of its special days, which a tap on a day jumps to.
 *
 * @param year the year
 * @param unit the unit shown, or {@code null} for the Pemda-wide view
 * @param pattern the work pattern used
 * @param workingDays number of working days of the year
 * @param months the months
 */
record YearView(int year, UnitView unit, WorkPattern pattern, int workingDays, List<Month> months) {

	static YearView of(int year, CalendarViews.Scoped scoped, LocalDate today, Locale locale, MessageSource messages) {
		UnitCalendar days = scoped.days();
		UnitTree tree = scoped.calendar().units();
		boolean general = scoped.unit() == null;
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			LocalDate first = month.atDay(1);
			LocalDate last = month.atEndOfMonth();
			List<SpecialDay> shown = general ? scoped.calendar().specialDays(first, last) : applying(days, first, last);
			Set<LocalDate> anchored = new HashSet<>();
			List<Line> lines = new ArrayList<>();
			for (SpecialDay day : shown) {
				boolean applies = !general || day.forAllUnits()
						|| tree.root().map((root) -> day.unitIds().contains(root.id())).orElse(false);
				String anchor = anchored.add(day.date()) ? anchor(day.date()) : null;
				List<String> codes = day.unitIds()
					.stream()
					.map((id) -> tree.byId(id).map(UnitView::code).orElse("#" + id))
					.sorted()
					.toList();
				lines.add(new Line(anchor, day, day.displayName(locale), cssOf(day.kind()), applies, codes));
			}
			List<List<Cell>> weeks = new ArrayList<>();
			List<Cell> week = new ArrayList<>();
			for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
				week.add(Cell.BLANK);
			}
			for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
				week.add(cell(date, days, lines, today, locale, messages));
				if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(Cell.BLANK);
				}
				weeks.add(week);
			}
			String title = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + year;
			months.add(new Month("m-" + year + "-" + m, title, weeks, lines));
		}
		int working = days.countWorkingDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		return new YearView(year, scoped.unit(), days.workPattern(), working, months);
	}

	private static List<SpecialDay> applying(UnitCalendar days, LocalDate first, LocalDate last) {
		List<SpecialDay> found = new ArrayList<>();
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			found.addAll(days.specialDaysOn(date));
		}
		return found;
	}

	private static Cell cell(LocalDate date, UnitCalendar days, List<Line> lines, LocalDate today, Locale locale,
			MessageSource messages) {
		List<SpecialDay> special = days.specialDaysOn(date);
		boolean working = days.isWorkingDay(date);
		DayKind strongest = null;
		StringBuilder title = new StringBuilder();
		for (SpecialDay day : special) {
			if (strongest == null || day.kind().ordinal() < strongest.ordinal()) {
				strongest = day.kind();
			}
			if (!title.isEmpty()) {
				title.append(" · ");
			}
			title.append(messages.getMessage("dayKind." + day.kind(), null, locale))
				.append(": ")
				.append(day.displayName(locale));
		}
		boolean otherUnitsOnly = false;
		String anchor = null;
		for (Line line : lines) {
			if (line.day().date().equals(date)) {
				if (anchor == null && line.anchor() != null) {
					anchor = line.anchor();
				}
				if (!line.applies()) {
					otherUnitsOnly = true;
					if (title.isEmpty()) {
						title.append(messages.getMessage("calendar.year.someUnits", null, locale))
							.append(": ")
							.append(line.name());
					}
				}
			}
		}
		StringBuilder css = new StringBuilder("cal-day");
		if (strongest != null) {
			css.append(' ').append(cssOf(strongest));
		}
		else if (!working) {
			css.append(" cal-off");
		}
		if (otherUnitsOnly) {
			css.append(" cal-restricted");
		}
		if (date.equals(today)) {
			css.append(" cal-today");
		}
		return new Cell(date, date.getDayOfMonth(), false, css.toString(), title.isEmpty() ? null : title.toString(),
				anchor, (strongest != null) ? strongest.name() : (working ? "WORKING" : "OFF"), working,
				days.isApelDay(date));
	}

	static String anchor(LocalDate date) {
		return "d-" + date;
	}

	static String cssOf(DayKind kind) {
		return switch (kind) {
			case NATIONAL_HOLIDAY -> "cal-national";
			case COLLECTIVE_LEAVE -> "cal-collective";
			case REGIONAL_HOLIDAY -> "cal-regional";
			case REMOTE_WORK -> "cal-remote";
		};
	}

	/** One month: its grid and its special days. */
	record Month(String id, String title, List<List<Cell>> weeks, List<Line> specials) {
	}

	/**
	 * A day of the grid.
	 *
	 * @param kind the kind shown (or WORKING / OFF), for tests and scripts
	 */
	record Cell(LocalDate date, int day, boolean blank, String css, String title, String anchor, String kind,
			boolean working, boolean apel) {

		static final Cell BLANK = new Cell(null, 0, true, "cal-blank", null, null, null, false, false);

	}

	/**
	 * A special day in the month's list.
	 *
	 * @param anchor the id the grid links to (the first line of its date), or
	 * {@code null}
	 * @param applies whether it applies to the view (false: only to some units, in the
	 * Pemda-wide view)
	 * @param unitCodes the units it is restricted to (empty: all)
	 */
	record Line(String anchor, SpecialDay day, String name, String css, boolean applies, List<String> unitCodes) {
	}

}
