package id.siapel.report.board;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.calendar.UnitCalendar;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.EmployeeDirectory.AssignmentSpan;
import id.siapel.organization.UnitScopes;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.report.board.ChartsView.DayCounts;
import id.siapel.report.board.ChartsView.HolidayDay;
import id.siapel.report.board.ChartsView.OpdRate;
import id.siapel.report.board.ChartsView.Week;
import id.siapel.report.board.HolidayBlocks.Block;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers behind the charts. Full unexcused days come from the discipline module's
 * day counts (kept current with every roll-call write, and holding only the days that
 * count something), so a year of a 15,000-employee regency is a small scan; the working
 * days of the employees come from their assignments and the in-memory calendar; only the
 * holiday comparison reads roll-call records, for a few dozen days.
 */
@Service
@RequiredArgsConstructor
class UnexcusedCharts {

	/** The longest range the charts accept. */
	static final int MAX_DAYS = 3 * 366;

	private final Units units;

	private final UnitScopes scopes;

	private final WorkCalendars calendars;

	private final EmployeeDirectory employees;

	private final JdbcClient jdbc;

	private final Clock clock;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Transactional(readOnly = true)
	public ChartsView charts(LocalDate from, LocalDate requestedTo) {
		LocalDate today = today();
		LocalDate to = requestedTo.isAfter(today) ? today : requestedTo;
		if (from.isAfter(to)) {
			throw new RuleViolationException("from", "charts.range.reversed");
		}
		if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS || from.getYear() < AfterHolidayReport.FIRST_YEAR) {
			throw new RuleViolationException("from", "charts.range.tooLong");
		}
		ReportRows rows = ReportRows.of(this.units.tree(), this.scopes.current());
		WorkCalendar calendar = this.calendars.current();
		return new ChartsView(from, to, weeks(from, to, rows), ranking(from, to, rows, calendar),
				holidays(from, to, today, rows, calendar), null)
			.withOrdinary();
	}

	private List<Week> weeks(LocalDate from, LocalDate to, ReportRows rows) {
		Map<LocalDate, Integer> perWeek = new HashMap<>();
		this.jdbc.sql("""
				select cast(date_trunc('week', day) as date) as monday, count(*) as n from discipline_day
				where full_unexcused and day between :from and :to and unit_id = any(:units)
				group by 1""")
			.param("from", from)
			.param("to", to)
			.param("units", SqlArrays.bigints(rows.unitIds()))
			.query((rs) -> {
				perWeek.put(rs.getObject("monday", LocalDate.class), rs.getInt("n"));
			});
		List<Week> weeks = new ArrayList<>();
		for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday
			.isAfter(to); monday = monday.plusWeeks(1)) {
			weeks.add(new Week(monday, perWeek.getOrDefault(monday, 0)));
		}
		return weeks;
	}

	private List<OpdRate> ranking(LocalDate from, LocalDate to, ReportRows rows, WorkCalendar calendar) {
		Map<Long, Integer> fullDays = new HashMap<>();
		this.jdbc.sql("""
				select unit_id, count(*) as n from discipline_day
				where full_unexcused and day between :from and :to and unit_id = any(:units)
				group by unit_id""")
			.param("from", from)
			.param("to", to)
			.param("units", SqlArrays.bigints(rows.unitIds()))
			.query((rs) -> {
				Long row = rows.rowOf(rs.getLong("unit_id"));
				if (row != null) {
					fullDays.merge(row, rs.getInt("n"), Integer::sum);
				}
			});
		Map<Long, Long> personDays = new HashMap<>();
		Map<String, Integer> workingDays = new HashMap<>();
		for (AssignmentSpan span : this.employees.assignmentsOverlapping(from, to)) {
			Long row = rows.rowOf(span.unitId());
			if (row == null) {
				continue;
			}
			LocalDate start = (span.from() == null || span.from().isBefore(from)) ? from : span.from();
			LocalDate end = (span.to() == null || span.to().isAfter(to)) ? to : span.to().minusDays(1);
			int days = workingDays.computeIfAbsent(span.unitId() + ":" + start + ":" + end, (key) -> {
				UnitCalendar unit = calendar.forUnit(span.unitId());
				return unit.countWorkingDays(start, end);
			});
			personDays.merge(row, (long) days, Long::sum);
		}
		List<OpdRate> ranking = new ArrayList<>();
		for (UnitView opd : rows.rows()) {
			ranking.add(new OpdRate(opd, fullDays.getOrDefault(opd.id(), 0), personDays.getOrDefault(opd.id(), 0L)));
		}
		ranking.sort(Comparator.comparing((OpdRate r) -> (r.rate() != null) ? r.rate() : -1.0)
			.reversed()
			.thenComparing((r) -> r.unit().name()));
		return ranking;
	}

	private List<HolidayDay> holidays(LocalDate from, LocalDate to, LocalDate today, ReportRows rows,
			WorkCalendar calendar) {
		UnitCalendar general = calendar.general();
		List<Block> blocks = new ArrayList<>();
		for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
			for (Block block : HolidayBlocks.inYear(general, year)) {
				LocalDate day = block.firstWorkingDay();
				if (!day.isBefore(from) && !day.isAfter(to)) {
					blocks.add(block);
				}
			}
		}
		Map<LocalDate, List<LocalDate>> ordinaryOf = new HashMap<>();
		Set<LocalDate> days = new LinkedHashSet<>();
		for (Block block : blocks) {
			List<LocalDate> ordinary = HolidayBlocks.ordinaryDaysAround(general, block.firstWorkingDay(), today);
			ordinaryOf.put(block.firstWorkingDay(), ordinary);
			days.add(block.firstWorkingDay());
			days.addAll(ordinary);
		}
		Map<LocalDate, DayCounts> perDay = new HashMap<>();
		if (!days.isEmpty()) {
			this.jdbc.sql("""
					select day, count(*) as n, count(*) filter (where status = 'UNEXCUSED') as unexcused,
					    count(*) filter (where status in ('SICK', 'PERMISSION')) as sick_or_permission
					from attendance_record
					where session = 'MORNING' and day = any(:days) and unit_id = any(:units)
					group by day""")
				.param("days", SqlArrays.dates(days))
				.param("units", SqlArrays.bigints(rows.unitIds()))
				.query((rs) -> {
					perDay.put(rs.getObject("day", LocalDate.class),
							new DayCounts(rs.getInt("n"), rs.getInt("unexcused"), rs.getInt("sick_or_permission")));
				});
		}
		List<HolidayDay> result = new ArrayList<>();
		for (Block block : blocks) {
			LocalDate day = block.firstWorkingDay();
			DayCounts ordinary = DayCounts.ZERO;
			for (LocalDate other : ordinaryOf.get(day)) {
				ordinary = ordinary.plus(perDay.getOrDefault(other, DayCounts.ZERO));
			}
			result.add(new HolidayDay(block, day, perDay.getOrDefault(day, DayCounts.ZERO), ordinary));
		}
		return result;
	}

}
