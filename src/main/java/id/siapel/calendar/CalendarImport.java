package id.siapel.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import id.siapel.organization.UnitTree;
import id.siapel.organization.Units;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports typed days from CSV, e.g. next year's SKB list or an amended one: every line is
 * checked first and every bad line reported with its number; only a file without a single
 * bad line is saved, all of it in one transaction. With {@code replace}, the days of the
 * years and kinds in the file are deleted first (a revised SKB replaces the old list).
 */
@Service
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
@RequiredArgsConstructor
public class CalendarImport {

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
			DateTimeFormatter.ofPattern("d.M.uuuu"));

	private final DayEntryRepository days;

	private final Units units;

	private final CalendarRevision revision;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional
	public Outcome importCsv(String fileName, byte[] content, boolean replace) {
		this.revision.bump();
		CalendarCsv.Table table = CalendarCsv.read(content);
		if (!table.readable()) {
			throw new RuleViolationException(List.of(Problem.onLine(1, "file", table.errorKey(),
					(table.errorArguments() != null) ? table.errorArguments() : new Object[0])));
		}
		List<Problem> problems = new ArrayList<>();
		for (CalendarCsv.Column column : table.missing()) {
			problems.add(Problem.onLine(1, field(column), "calendar.import.column.missing",
					column.aliases.stream().sorted().findFirst().orElse(column.name().toLowerCase(Locale.ROOT))));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		if (table.lines().isEmpty()) {
			throw new RuleViolationException(List.of(Problem.onLine(1, "file", "calendar.import.noLines")));
		}
		UnitTree tree = this.units.tree();
		List<Planned> planned = new ArrayList<>();
		for (CalendarCsv.Line line : table.lines()) {
			plan(line, tree, planned, problems);
		}
		Set<Integer> years = new TreeSet<>();
		Set<DayKind> kinds = EnumSet.noneOf(DayKind.class);
		planned.forEach((p) -> {
			years.add(p.date().getYear());
			kinds.add(p.values().kind());
		});
		List<DayEntry> replaced = new ArrayList<>();
		if (replace && !years.isEmpty()) {
			for (int year : years) {
				replaced.addAll(this.days.findByDayBetweenAndKindIn(LocalDate.of(year, 1, 1),
						LocalDate.of(year, 12, 31), kinds));
			}
		}
		List<DayEntry> existingDays = planned.isEmpty() ? List.of()
				: this.days.findByDayBetweenAndKindIn(
						planned.stream().map(Planned::date).min(LocalDate::compareTo).orElseThrow(),
						planned.stream().map(Planned::date).max(LocalDate::compareTo).orElseThrow(), kinds);
		for (Planned line : planned) {
			for (DayEntry existing : existingDays) {
				if (existing.getDay().equals(line.date()) && existing.getKind() == line.values().kind()
						&& !replaced.contains(existing)
						&& DayRules.overlap(existing.getUnitIds(), line.values().unitIds(), tree)) {
					problems.add(Problem.onLine(line.line(), "date", "calendar.day.duplicate", line.date(),
							existing.getName()));
				}
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparing(Problem::line));
			throw new RuleViolationException(problems);
		}
		this.days.deleteAll(replaced);
		this.days.flush();
		Instant now = this.clock.instant();
		for (Planned line : planned) {
			this.days.save(DayEntry.create(line.date(), line.values(), now));
		}
		this.events.publishEvent(new AuditRecord("CALENDAR_IMPORTED", (fileName != null) ? fileName : "upload",
				planned.size() + " days added, " + replaced.size() + " replaced"
						+ (replace ? " (years " + years + ", kinds " + kinds + ")" : "")));
		return new Outcome(planned.size(), replaced.size());
	}

	private void plan(CalendarCsv.Line line, UnitTree tree, List<Planned> planned, List<Problem> problems) {
		List<Problem> found = new ArrayList<>();
		LocalDate date = date(line, CalendarCsv.Column.DATE, found);
		DayKind kind = kind(line, found);
		LocalDate instrumentDate = date(line, CalendarCsv.Column.INSTRUMENT_DATE, found);
		String source = blankToNull(line.get(CalendarCsv.Column.SOURCE));
		String instrument = blankToNull(line.get(CalendarCsv.Column.INSTRUMENT));
		if (instrument == null) {
			instrument = Instruments.instrumentOf(source);
		}
		if (instrumentDate == null) {
			instrumentDate = Instruments.dateOf(instrument).orElse(null);
		}
		List<String> codes = Arrays.stream(line.get(CalendarCsv.Column.UNIT_CODES).split("[\\s,;|]+"))
			.filter((code) -> !code.isBlank())
			.toList();
		DayInput input = new DayInput(date, null, kind, line.get(CalendarCsv.Column.NAME),
				blankToNull(line.get(CalendarCsv.Column.NAME_EN)), instrument, instrumentDate, source, codes);
		Set<Long> unitIds = new HashSet<>();
		Set<String> unreadable = new HashSet<>();
		found.forEach((problem) -> unreadable.add(problem.field()));
		for (Problem problem : DayRules.problems(input, tree, unitIds)) {
			String column = column(problem.field());
			if (!unreadable.contains(column)) {
				found.add(Problem.onLine(line.number(), column, problem.messageKey(), problem.arguments()));
			}
		}
		if (found.isEmpty()) {
			DayEntry.DayValues values = CalendarDays.values(input, unitIds);
			for (Planned earlier : planned) {
				if (earlier.date().equals(date) && earlier.values().kind() == kind
						&& DayRules.overlap(earlier.values().unitIds(), values.unitIds(), tree)) {
					found.add(Problem.onLine(line.number(), "date", "calendar.import.repeated", date, earlier.line()));
					break;
				}
			}
			if (found.isEmpty()) {
				planned.add(new Planned(line.number(), date, values));
			}
		}
		problems.addAll(found);
	}

	private static LocalDate date(CalendarCsv.Line line, CalendarCsv.Column column, List<Problem> problems) {
		String value = line.get(column);
		if (value.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		problems.add(Problem.onLine(line.number(), field(column), "calendar.import.date.invalid", value));
		return null;
	}

	private static DayKind kind(CalendarCsv.Line line, List<Problem> problems) {
		String value = line.get(CalendarCsv.Column.KIND);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return DayKind.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(Problem.onLine(line.number(), "kind", "calendar.import.kind.invalid", value));
			return null;
		}
	}

	private static String field(CalendarCsv.Column column) {
		return switch (column) {
			case DATE -> "date";
			case KIND -> "kind";
			case NAME -> "name_id";
			case NAME_EN -> "name_en";
			case SOURCE -> "source";
			case INSTRUMENT -> "instrument";
			case INSTRUMENT_DATE -> "instrument_date";
			case UNIT_CODES -> "unit_codes";
		};
	}

	/** The CSV column of a field of {@link DayInput}. */
	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "name" -> "name_id";
			case "nameEn" -> "name_en";
			case "unitCodes" -> "unit_codes";
			case "instrumentDate" -> "instrument_date";
			default -> field;
		};
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private record Planned(int line, LocalDate date, DayEntry.DayValues values) {
	}

	/**
	 * @param created days added
	 * @param replaced days deleted first because the file replaces their year's list
	 */
	public record Outcome(int created, int replaced) {
	}

}
