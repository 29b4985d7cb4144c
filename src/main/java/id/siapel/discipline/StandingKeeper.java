package id.siapel.discipline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import id.siapel.attendance.AttendanceRecorded;
import id.siapel.attendance.RecordChange;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.discipline.DisciplineRules.RuleBook;
import id.siapel.discipline.DisciplineStore.CountedDay;
import id.siapel.discipline.DisciplineStore.DayMarks;
import id.siapel.discipline.DisciplineStore.EmployeeDay;
import id.siapel.discipline.DisciplineStore.EmployeeYear;
import id.siapel.discipline.DisciplineStore.Totals;
import id.siapel.discipline.DisciplineStore.UnitDay;
import id.siapel.discipline.DisciplineStore.YearRow;
import id.siapel.discipline.rules.DayOutcome;
import id.siapel.discipline.rules.Streaks;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the counts current in the very transaction that wrote the roll calls: the changed
 * days are counted again, then the years they belong to (and the neighbouring years, as a
 * run of unexcused days may cross New Year). A fixed number of statements per write.
 * <p>
 * Safe when two writes for the same person run at once (the morning and the evening
 * sheet, a sheet and a leave): the writer locked the employees before reading their
 * records ({@link AttendanceRecorded}), so the other write has either committed before
 * (and each statement here, under READ COMMITTED, sees it: the day is counted from both
 * roll calls, the year from every counted day) or waits until this transaction ends and
 * then counts again over this one. The last to commit has always counted everything.
 */
@Component
@RequiredArgsConstructor
class StandingKeeper {

	private final DisciplineStore store;

	private final DisciplineRules rules;

	private final WorkCalendars calendars;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(AttendanceRecorded recorded) {
		Set<EmployeeDay> days = new LinkedHashSet<>();
		for (RecordChange change : recorded.changes()) {
			days.add(new EmployeeDay(change.employeeId(), change.day()));
		}
		recount(days);
	}

	/** Counts the given employee-days again and everything that depends on them. */
	void recount(Set<EmployeeDay> days) {
		if (days.isEmpty()) {
			return;
		}
		RuleBook book = this.rules.book();
		Map<EmployeeDay, DayMarks> marks = this.store.marks(days);
		List<CountedDay> counted = new ArrayList<>();
		List<EmployeeDay> cleared = new ArrayList<>();
		for (EmployeeDay day : days) {
			DayMarks mark = marks.get(day);
			DayOutcome outcome = (mark == null) ? DayOutcome.NOTHING
					: DayOutcome.of(mark.morning(), mark.evening(), book.countingOn(day.day()));
			if (outcome.countsSomething()) {
				counted.add(new CountedDay(day.employeeId(), day.day(), mark.unitId(), outcome.fullUnexcused(),
						outcome.minutes()));
			}
			else {
				cleared.add(day);
			}
		}
		this.store.saveDays(counted, cleared);
		Set<EmployeeYear> years = new HashSet<>();
		days.forEach((d) -> years.add(new EmployeeYear(d.employeeId(), d.day().getYear())));
		recountYears(years);
		this.events.publishEvent(StandingsChanged.of(days));
	}

	/**
	 * The totals and longest runs of these employee-years and their neighbouring years.
	 */
	void recountYears(Set<EmployeeYear> changed) {
		if (changed.isEmpty()) {
			return;
		}
		Set<Long> employees = new HashSet<>();
		int from = Integer.MAX_VALUE;
		int to = Integer.MIN_VALUE;
		for (EmployeeYear year : changed) {
			employees.add(year.employeeId());
			from = Math.min(from, year.year() - 1);
			to = Math.max(to, year.year() + 1);
		}
		Set<EmployeeYear> affected = new HashSet<>();
		for (EmployeeYear year : changed) {
			for (int y = year.year() - 1; y <= year.year() + 1; y++) {
				affected.add(new EmployeeYear(year.employeeId(), y));
			}
		}
		Map<EmployeeYear, Totals> totals = this.store.totals(employees, from, to);
		Map<EmployeeYear, YearRow> stored = this.store.years(employees, from, to);
		// Runs may reach further back than the neighbouring year; two more years either
		// side
		// cover any run that could touch the years being counted.
		Map<Long, List<UnitDay>> unexcused = this.store.fullUnexcusedDays(employees, LocalDate.of(from - 1, 1, 1),
				LocalDate.of(to + 1, 12, 31));
		WorkCalendar calendar = this.calendars.current();
		Map<EmployeeYear, YearRow> rows = new HashMap<>();
		for (EmployeeYear key : affected) {
			Totals sums = totals.get(key);
			int streak = longestRun(unexcused.getOrDefault(key.employeeId(), List.of()), calendar, key.year());
			YearRow row = (sums != null) ? new YearRow(sums.fullDays(), sums.minutes(), streak, sums.lastDay())
					: new YearRow(0, 0, streak, null);
			YearRow before = stored.get(key);
			boolean empty = row.unexcusedDays() == 0 && row.lateMinutes() == 0 && row.longestStreak() == 0;
			if ((before == null && !empty) || (before != null && !before.equals(row))) {
				rows.put(key, row);
			}
		}
		this.store.saveYears(rows, this.clock.instant());
	}

	static int longestRun(List<UnitDay> days, WorkCalendar calendar, int year) {
		if (days.isEmpty()) {
			return 0;
		}
		TreeMap<LocalDate, Long> unitOfDay = new TreeMap<>();
		days.forEach((d) -> unitOfDay.put(d.day(), d.unitId()));
		return Streaks.longestTouching(Streaks.runs(new TreeSet<>(unitOfDay.keySet()),
				(day) -> calendar.forUnit(unitOfDay.get(day)).nextWorkingDay(day)), year);
	}

}
