package id.siapel.discipline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import id.siapel.calendar.HolidayAdjacency;
import id.siapel.calendar.MonitoringPeriodView;
import id.siapel.calendar.NonWorkingBlock;
import id.siapel.calendar.UnitCalendar;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.discipline.DisciplineRules.RuleBook;
import id.siapel.discipline.DisciplineStore.EmployeeDay;
import id.siapel.discipline.DisciplineStore.EmployeeYear;
import id.siapel.discipline.DisciplineStore.UnitDay;
import id.siapel.discipline.DisciplineStore.YearRow;
import id.siapel.discipline.FlagInputs.DayStatuses;
import id.siapel.discipline.FlagInputs.InspectionHit;
import id.siapel.discipline.FlagStore.Raised;
import id.siapel.discipline.rules.Recommendation;
import id.siapel.discipline.rules.SanctionLadder;
import id.siapel.discipline.rules.SanctionLevel;
import id.siapel.discipline.rules.Streaks;
import id.siapel.employee.Echelon;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.StaffSummary;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises, updates and withdraws the flags of some employee-days (product.md §2, Flags),
 * after the write that changed them has committed. Evaluates everything those days can
 * affect: the day's own flags, the runs of unexcused days around them, the rung of the
 * ladder of their years.
 */
@Component
@RequiredArgsConstructor
class FlagRaiser {

	static final Set<FlagKind> DAY_KINDS = EnumSet.of(FlagKind.AFTER_HOLIDAY, FlagKind.BEFORE_HOLIDAY,
			FlagKind.MONITORING_PERIOD, FlagKind.UNIT_HEAD_ABSENT, FlagKind.INSPECTION_MISMATCH);

	private final FlagInputs inputs;

	private final FlagStore flags;

	private final DisciplineStore store;

	private final DisciplineRules rules;

	private final WorkCalendars calendars;

	private final Units units;

	private final EmployeeDirectory employees;

	private final Clock clock;

	@ApplicationModuleListener
	public void on(StandingsChanged changed) {
		evaluate(changed.employeeDays());
	}

	/** Brings the flags of these employee-days (and what depends on them) up to date. */
	@Transactional
	public void evaluate(Set<EmployeeDay> days) {
		if (days.isEmpty()) {
			return;
		}
		WorkCalendar calendar = this.calendars.current();
		UnitTree tree = this.units.tree();
		RuleBook book = this.rules.book();
		Set<Long> opdHeads = new HashSet<>();
		Map<Long, UnitView> opdOfHead = new HashMap<>();
		for (UnitView opd : tree.opds()) {
			if (opd.headEmployeeId() != null) {
				opdHeads.add(opd.headEmployeeId());
				opdOfHead.put(opd.headEmployeeId(), opd);
			}
		}
		Map<EmployeeDay, DayStatuses> statuses = this.inputs.statuses(days);
		Map<EmployeeDay, List<InspectionHit>> inspections = this.inputs.inspections(days);
		List<Raised> raised = new ArrayList<>();
		for (EmployeeDay day : days) {
			DayStatuses marks = statuses.get(day);
			if (marks != null) {
				dayFlags(day, marks, calendar,
						opdHeads.contains(day.employeeId()) ? opdOfHead.get(day.employeeId()) : null,
						inspections.getOrDefault(day, List.of()), raised);
			}
		}
		Set<String> keep = new HashSet<>();
		raised.forEach((flag) -> keep.add(flag.causeKey()));
		List<Long> gone = new ArrayList<>();
		this.flags.onDays(days, DAY_KINDS).forEach((flag) -> {
			if (!keep.contains(flag.causeKey())) {
				gone.add(flag.id());
			}
		});
		runsAndThresholds(days, calendar, book, raised, gone);
		this.flags.raise(raised, this.clock.instant());
		this.flags.withdraw(gone, this.clock.instant());
	}

	private void dayFlags(EmployeeDay day, DayStatuses marks, WorkCalendar calendar, UnitView headedOpd,
			List<InspectionHit> inspections, List<Raised> raised) {
		long employee = day.employeeId();
		LocalDate date = day.day();
		String codes = marks.codes();
		UnitCalendar unitCalendar = calendar.forUnit(marks.unitId());
		if (marks.anyUnexcused() || marks.anySickOrPermission()) {
			FlagSeverity severity = marks.anyUnexcused() ? FlagSeverity.HIGH : FlagSeverity.LOW;
			if (unitCalendar.isWorkingDay(date)) {
				HolidayAdjacency adjacency = unitCalendar.adjacency(date);
				if (adjacency.firstAfterHoliday()) {
					NonWorkingBlock block = adjacency.blockBefore().orElseThrow();
					raised.add(new Raised(FlagKind.AFTER_HOLIDAY, key(FlagKind.AFTER_HOLIDAY, employee, date), employee,
							marks.unitId(), date, severity, "flag.detail.AFTER_HOLIDAY",
							List.of(codes, String.join(", ", block.names()), block.first().toString(),
									block.last().toString())));
				}
				if (adjacency.bridgeDay()) {
					raised.add(new Raised(FlagKind.BEFORE_HOLIDAY, key(FlagKind.BEFORE_HOLIDAY, employee, date),
							employee, marks.unitId(), date, severity, "flag.detail.BRIDGE_DAY",
							List.of(codes, String.join(", ", names(adjacency)))));
				}
				else if (adjacency.lastBeforeHoliday()) {
					NonWorkingBlock block = adjacency.blockAfter().orElseThrow();
					raised.add(new Raised(FlagKind.BEFORE_HOLIDAY, key(FlagKind.BEFORE_HOLIDAY, employee, date),
							employee, marks.unitId(), date, severity, "flag.detail.BEFORE_HOLIDAY",
							List.of(codes, String.join(", ", block.names()), block.first().toString(),
									block.last().toString())));
				}
			}
		}
		if (marks.anyUnexcused()) {
			List<MonitoringPeriodView> periods = calendar.monitoringPeriodsOn(date);
			if (!periods.isEmpty()) {
				MonitoringPeriodView period = periods.get(0);
				raised.add(new Raised(FlagKind.MONITORING_PERIOD, key(FlagKind.MONITORING_PERIOD, employee, date),
						employee, marks.unitId(), date, FlagSeverity.HIGH, "flag.detail.MONITORING_PERIOD",
						List.of(codes, period.name(),
								(period.circularNumber() != null) ? period.circularNumber() : "–")));
			}
			if (headedOpd != null) {
				raised.add(new Raised(FlagKind.UNIT_HEAD_ABSENT, key(FlagKind.UNIT_HEAD_ABSENT, employee, date),
						employee, marks.unitId(), date, FlagSeverity.HIGH, "flag.detail.UNIT_HEAD_ABSENT",
						List.of(codes, headedOpd.name())));
			}
		}
		for (InspectionHit hit : inspections) {
			if (marks.presentAt(hit.session())) {
				raised.add(new Raised(FlagKind.INSPECTION_MISMATCH,
						FlagKind.INSPECTION_MISMATCH + ":" + employee + ":" + hit.inspectionId(), employee,
						marks.unitId(), date, FlagSeverity.HIGH, "flag.detail.INSPECTION_MISMATCH",
						List.of(hit.inspector(), hit.session().name(), marks.codeAt(hit.session()))));
			}
		}
	}

	private static List<String> names(HolidayAdjacency adjacency) {
		List<String> names = new ArrayList<>();
		adjacency.blockBefore().ifPresent((block) -> names.addAll(block.names()));
		adjacency.blockAfter().ifPresent((block) -> names.addAll(block.names()));
		return names;
	}

	/**
	 * Runs of consecutive unexcused days and ladder rungs of the employees and years the
	 * days belong to.
	 */
	private void runsAndThresholds(Collection<EmployeeDay> days, WorkCalendar calendar, RuleBook book,
			List<Raised> raised, List<Long> gone) {
		Set<Long> employeeIds = new HashSet<>();
		int fromYear = Integer.MAX_VALUE;
		int toYear = Integer.MIN_VALUE;
		Set<EmployeeYear> years = new HashSet<>();
		for (EmployeeDay day : days) {
			employeeIds.add(day.employeeId());
			fromYear = Math.min(fromYear, day.day().getYear() - 1);
			toYear = Math.max(toYear, day.day().getYear() + 1);
			years.add(new EmployeeYear(day.employeeId(), day.day().getYear()));
		}
		LocalDate from = LocalDate.of(fromYear, 1, 1);
		LocalDate to = LocalDate.of(toYear, 12, 31);
		Map<Long, List<UnitDay>> unexcused = this.store.fullUnexcusedDays(employeeIds, from, to);
		Map<Long, StaffSummary> staff = this.employees.summaries(employeeIds);
		Set<String> keep = new HashSet<>();
		for (long employee : employeeIds) {
			List<UnitDay> list = unexcused.getOrDefault(employee, List.of());
			TreeMap<LocalDate, Long> unitOfDay = new TreeMap<>();
			list.forEach((d) -> unitOfDay.put(d.day(), d.unitId()));
			for (Streaks.Run run : Streaks.runs(new TreeSet<>(unitOfDay.keySet()),
					(d) -> calendar.forUnit(unitOfDay.get(d)).nextWorkingDay(d))) {
				int warning = book.countingOn(run.first()).earlyWarningStreak();
				if (run.length() >= warning) {
					StaffSummary person = staff.get(employee);
					Integer dismissal = (person != null) ? book.ladderFor(person.employmentType(), run.last())
						.map(SanctionLadder::consecutiveDays)
						.orElse(null) : null;
					String causeKey = FlagKind.CONSECUTIVE_ABSENCE + ":" + employee + ":" + run.first();
					keep.add(causeKey);
					raised
						.add(new Raised(FlagKind.CONSECUTIVE_ABSENCE, causeKey, employee, unitOfDay.get(run.last()),
								run.last(),
								(dismissal != null && run.length() >= dismissal) ? FlagSeverity.HIGH
										: FlagSeverity.NORMAL,
								"flag.detail.CONSECUTIVE_ABSENCE",
								List.of(String.valueOf(run.length()), run.first().toString(), run.last().toString())));
				}
			}
		}
		this.flags.ofEmployees(employeeIds, FlagKind.CONSECUTIVE_ABSENCE, from, to).forEach((flag) -> {
			if (!keep.contains(flag.causeKey())) {
				gone.add(flag.id());
			}
		});
		thresholds(years, staff, book, raised, gone, from, to);
	}

	/**
	 * The rung of the ladder each employee-year stands on now; lower rungs are
	 * superseded.
	 */
	private void thresholds(Set<EmployeeYear> years, Map<Long, StaffSummary> staff, RuleBook book, List<Raised> raised,
			List<Long> gone, LocalDate from, LocalDate to) {
		Set<Long> employeeIds = new HashSet<>();
		years.forEach((y) -> employeeIds.add(y.employeeId()));
		Map<EmployeeYear, YearRow> rows = this.store.years(employeeIds, from.getYear(), to.getYear());
		Set<String> keep = new HashSet<>();
		for (EmployeeYear year : years) {
			YearRow row = rows.get(year);
			StaffSummary person = staff.get(year.employeeId());
			if (row == null || person == null || row.lastCountedDay() == null) {
				continue;
			}
			int total = row.unexcusedDays() + book.countingOn(row.lastCountedDay()).convertedDays(row.lateMinutes());
			SanctionLadder ladder = book.ladderFor(person.employmentType(), row.lastCountedDay()).orElse(null);
			if (ladder == null) {
				continue;
			}
			Recommendation recommendation = ladder.recommend(total, row.longestStreak(),
					person.echelon() == Echelon.II);
			if (recommendation.level() == SanctionLevel.NONE) {
				continue;
			}
			String causeKey = FlagKind.THRESHOLD_REACHED + ":" + year.employeeId() + ":" + year.year() + ":"
					+ recommendation.sanction() + (recommendation.byConsecutiveDays() ? ":RUN" : "");
			keep.add(causeKey);
			raised.add(new Raised(FlagKind.THRESHOLD_REACHED, causeKey, year.employeeId(), person.currentUnitId(),
					row.lastCountedDay(),
					(recommendation.level() == SanctionLevel.LIGHT) ? FlagSeverity.NORMAL : FlagSeverity.HIGH,
					recommendation.byConsecutiveDays() ? "flag.detail.THRESHOLD_RUN" : "flag.detail.THRESHOLD_REACHED",
					List.of(String.valueOf(recommendation.byConsecutiveDays() ? row.longestStreak() : total),
							recommendation.label(), String.valueOf(year.year()),
							// The article of the rung that was recommended: for a run of
							// ten days
							// Pasal 11 ayat (2) huruf d angka 4, not the rung of the
							// yearly total.
							recommendation.legalBasis())));
		}
		this.flags.ofEmployees(employeeIds, FlagKind.THRESHOLD_REACHED, from, to).forEach((flag) -> {
			String[] parts = flag.causeKey().split(":");
			boolean concerned = parts.length >= 3
					&& years.contains(new EmployeeYear(Long.parseLong(parts[1]), Integer.parseInt(parts[2])));
			if (concerned && !keep.contains(flag.causeKey())) {
				gone.add(flag.id());
			}
		});
	}

	private static String key(FlagKind kind, long employee, LocalDate day) {
		return kind + ":" + employee + ":" + day;
	}

}
