package id.siapel.discipline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.calendar.CalendarDay;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.discipline.DisciplineRules.RuleBook;
import id.siapel.discipline.DisciplineStore.EmployeeYear;
import id.siapel.discipline.DisciplineStore.YearRow;
import id.siapel.discipline.rules.CountingRules;
import id.siapel.discipline.rules.Recommendation;
import id.siapel.discipline.rules.SanctionLadder;
import id.siapel.employee.Echelon;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.EmployeeProfile;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.StaffSummary;
import id.siapel.organization.UnitScope;
import id.siapel.organization.UnitScopes;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading standings: one employee's year, the list of a unit or the whole regency, and an
 * employee's year day by day. Reads the kept-current counts, never years of roll calls.
 */
@Service
@RequiredArgsConstructor
public class Standings {

	private final EmployeeDirectory employees;

	private final DisciplineStore store;

	private final DisciplineRules rules;

	private final WorkCalendars calendars;

	private final Units units;

	private final UnitScopes scopes;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** One employee's year (404 unknown, 403 outside the reader's scope). */
	@Transactional(readOnly = true)
	public Standing standing(String nip, int year) {
		requireYear(year);
		EmployeeProfile profile = this.employees.profile(nip);
		long id = this.employees.idsOf(List.of(profile.nip())).get(profile.nip());
		YearRow row = this.store.years(List.of(id), year, year)
			.getOrDefault(new EmployeeYear(id, year), new YearRow(0, 0, 0, null));
		RuleBook book = this.rules.book();
		LocalDate asOf = asOf(year);
		CountingRules counting = book.countingOn(asOf);
		int converted = counting.convertedDays(row.lateMinutes());
		int total = row.unexcusedDays() + converted;
		SanctionLadder ladder = ladder(book, profile.employmentType(), row.lastCountedDay(), asOf);
		Recommendation recommendation = ladder.recommend(total, row.longestStreak(), profile.echelon() == Echelon.II);
		return new Standing(profile.nip(), profile.displayName(), profile.unitCode(), profile.employmentType(), year,
				workingDays(profile, year), row.unexcusedDays(), row.lateMinutes(), converted, total,
				row.longestStreak(), counting.minutesPerDay(), ladder.name(), ladder.code(), recommendation);
	}

	/**
	 * The employees of a unit (with its sub-units) or of the reader's whole scope with at
	 * least {@code minDays} in the year, heaviest first.
	 */
	@Transactional(readOnly = true)
	public List<RecapRow> recap(int year, String unitCode, int minDays) {
		requireYear(year);
		if (minDays < 0) {
			throw new RuleViolationException("minDays", "discipline.minDays.invalid");
		}
		UnitTree tree = this.units.tree();
		UnitScope scope = this.scopes.current();
		Set<Long> unitIds = null;
		if (unitCode != null && !unitCode.isBlank()) {
			UnitView unit = tree.byCode(unitCode).orElseThrow(() -> new NotFoundException("unit.notFound", unitCode));
			scope.require(unit.id());
			unitIds = tree.subtreeIds(unit.id());
		}
		RuleBook book = this.rules.book();
		LocalDate asOf = asOf(year);
		CountingRules counting = book.countingOn(asOf);
		Map<Long, YearRow> rows = new HashMap<>();
		this.jdbc.sql("""
				select employee_id, unexcused_days, late_minutes, longest_streak, last_counted_day
				from discipline_year
				where year = :year and unexcused_days + late_minutes / :perDay >= :minDays""")
			.param("year", year)
			.param("perDay", counting.minutesPerDay())
			.param("minDays", minDays)
			.query((rs) -> {
				rows.put(rs.getLong("employee_id"), new YearRow(rs.getInt("unexcused_days"), rs.getInt("late_minutes"),
						rs.getInt("longest_streak"), rs.getObject("last_counted_day", LocalDate.class)));
			});
		Map<Long, StaffSummary> staff = this.employees.summaries(rows.keySet());
		Map<EmploymentType, Map<LocalDate, SanctionLadder>> ladders = new EnumMap<>(EmploymentType.class);
		List<RecapRow> result = new ArrayList<>();
		for (var entry : rows.entrySet()) {
			StaffSummary person = staff.get(entry.getKey());
			if (person == null || !scope.includes(person.currentUnitId())
					|| (unitIds != null && !unitIds.contains(person.currentUnitId()))) {
				continue;
			}
			YearRow row = entry.getValue();
			int converted = counting.convertedDays(row.lateMinutes());
			int total = row.unexcusedDays() + converted;
			LocalDate ladderDay = (row.lastCountedDay() != null) ? row.lastCountedDay() : asOf;
			SanctionLadder ladder = ladders.computeIfAbsent(person.employmentType(), (t) -> new HashMap<>())
				.computeIfAbsent(ladderDay, (d) -> ladder(book, person.employmentType(), d, asOf));
			UnitView unit = tree.byId(person.currentUnitId()).orElse(null);
			result.add(new RecapRow(person.nip(), person.displayName(), (unit != null) ? unit.code() : null,
					(unit != null) ? unit.name() : null, person.employmentType(), row.unexcusedDays(),
					row.lateMinutes(), converted, total, row.longestStreak(),
					ladder.recommend(total, row.longestStreak(), person.echelon() == Echelon.II)));
		}
		result.sort(Comparator.comparingInt(RecapRow::totalDays).reversed().thenComparing(RecapRow::name));
		return result;
	}

	/** An employee's year day by day, with what each day counted. */
	@Transactional(readOnly = true)
	public YearCalendar yearCalendar(String nip, int year) {
		requireYear(year);
		EmployeeProfile profile = this.employees.profile(nip);
		long id = this.employees.idsOf(List.of(profile.nip())).get(profile.nip());
		Map<LocalDate, AttendanceStatus[]> marks = new HashMap<>();
		Map<LocalDate, Long> unitOfDay = new HashMap<>();
		this.jdbc.sql("""
				select day, session, status, unit_id from attendance_record
				where employee_id = :id and day between :from and :to""")
			.param("id", id)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query((rs) -> {
				LocalDate day = rs.getObject("day", LocalDate.class);
				AttendanceStatus[] pair = marks.computeIfAbsent(day, (d) -> new AttendanceStatus[2]);
				pair["MORNING".equals(rs.getString("session")) ? 0 : 1] = AttendanceStatus
					.valueOf(rs.getString("status"));
				unitOfDay.put(day, rs.getLong("unit_id"));
			});
		Map<LocalDate, Boolean> full = new HashMap<>();
		this.jdbc
			.sql("select day, full_unexcused from discipline_day where employee_id = :id and day between :from and :to")
			.param("id", id)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query((rs) -> {
				full.put(rs.getObject("day", LocalDate.class), rs.getBoolean("full_unexcused"));
			});
		WorkCalendar calendar = this.calendars.current();
		UnitTree tree = this.units.tree();
		long currentUnit = tree.byCode(profile.unitCode()).map(UnitView::id).orElseThrow();
		List<YearCalendar.Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			List<YearCalendar.Day> days = new ArrayList<>();
			for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
				CalendarDay info = calendar
					.forUnit(unitOfDay.getOrDefault(day, unitOn(profile, day, currentUnit, tree)))
					.day(day);
				AttendanceStatus[] pair = marks.get(day);
				YearCalendar.Outcome outcome = YearCalendar.Outcome.NONE;
				if (full.containsKey(day)) {
					outcome = full.get(day) ? YearCalendar.Outcome.UNEXCUSED : YearCalendar.Outcome.MINUTES;
				}
				else if (pair != null) {
					outcome = YearCalendar.Outcome.CLEAR;
				}
				days.add(new YearCalendar.Day(day, info.working(), info.names(), (pair != null) ? pair[0] : null,
						(pair != null) ? pair[1] : null, outcome));
			}
			months.add(new YearCalendar.Month(month, days));
		}
		return new YearCalendar(year, months);
	}

	/** Working days of the employee's units in the year up to today, by assignment. */
	private int workingDays(EmployeeProfile profile, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = asOf(year);
		if (to.isBefore(from)) {
			return 0;
		}
		WorkCalendar calendar = this.calendars.current();
		UnitTree tree = this.units.tree();
		int days = 0;
		for (EmployeeProfile.AssignmentLine line : profile.assignments()) {
			LocalDate start = (line.from() == null || line.from().isBefore(from)) ? from : line.from();
			LocalDate end = (line.to() == null || line.to().isAfter(to)) ? to : line.lastDay();
			if (!end.isBefore(start)) {
				long unitId = tree.byCode(line.unitCode()).map(UnitView::id).orElseThrow();
				days += calendar.forUnit(unitId).countWorkingDays(start, end);
			}
		}
		return days;
	}

	private static long unitOn(EmployeeProfile profile, LocalDate day, long fallback, UnitTree tree) {
		for (EmployeeProfile.AssignmentLine line : profile.assignments()) {
			if ((line.from() == null || !line.from().isAfter(day)) && (line.to() == null || line.to().isAfter(day))) {
				return tree.byCode(line.unitCode()).map(UnitView::id).orElse(fallback);
			}
		}
		return fallback;
	}

	private static SanctionLadder ladder(RuleBook book, EmploymentType type, LocalDate lastCounted, LocalDate asOf) {
		LocalDate day = (lastCounted != null) ? lastCounted : asOf;
		return book.ladderFor(type, day)
			.orElseThrow(() -> new IllegalStateException("No sanction ladder for " + type + " on " + day));
	}

	/** The last day of the year that has happened (the year's end for a past year). */
	private LocalDate asOf(int year) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate end = LocalDate.of(year, 12, 31);
		return today.isBefore(end) ? today : end;
	}

	private static void requireYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new RuleViolationException("year", "discipline.year.invalid");
		}
	}

}
