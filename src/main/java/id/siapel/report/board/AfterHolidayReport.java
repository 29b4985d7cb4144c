package id.siapel.report.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.calendar.UnitCalendar;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.employee.PersonName;
import id.siapel.organization.UnitScopes;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.report.board.AfterHolidayView.Absentee;
import id.siapel.report.board.AfterHolidayView.Counts;
import id.siapel.report.board.AfterHolidayView.OpdLine;
import id.siapel.report.board.HolidayBlocks.Block;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report BKPSDM hands to the Bupati after Lebaran, Christmas and other holiday
 * blocks: who came back to work on the first working day after the block. Four queries
 * whatever the size of the regency (people on the sheets, counts per unit and status, the
 * people not present, the ordinary days), besides the unit tree and the calendar.
 */
@Service
@RequiredArgsConstructor
class AfterHolidayReport {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final Units units;

	private final UnitScopes scopes;

	private final WorkCalendars calendars;

	private final JdbcClient jdbc;

	private final Clock clock;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The holiday blocks of a year. */
	@Transactional(readOnly = true)
	public List<Block> blocks(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new RuleViolationException("year", "afterHoliday.year.invalid", String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
		return HolidayBlocks.inYear(this.calendars.current().general(), year);
	}

	/** The report of the block starting on {@code first} (its first day). */
	@Transactional(readOnly = true)
	public AfterHolidayView report(int year, LocalDate first) {
		Block block = blocks(year).stream()
			.filter((b) -> b.first().equals(first))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("block", "afterHoliday.block.unknown"));
		LocalDate today = today();
		if (block.firstWorkingDay().isAfter(today)) {
			throw new RuleViolationException("block", "afterHoliday.block.future");
		}
		WorkCalendar calendar = this.calendars.current();
		ReportRows rows = ReportRows.of(this.units.tree(), this.scopes.current());
		Map<Long, LocalDate> dayOfRow = new HashMap<>();
		for (UnitView opd : rows.rows()) {
			dayOfRow.put(opd.id(), HolidayBlocks.firstWorkingDayAfter(calendar.forUnit(opd.id()), block));
		}
		Set<LocalDate> days = new LinkedHashSet<>(dayOfRow.values());
		List<LocalDate> ordinary = HolidayBlocks.ordinaryDaysAround(calendar.general(), block.firstWorkingDay(), today);

		Map<Long, Integer> total = new HashMap<>();
		rosters(days, (unitId, day, n) -> {
			Long row = rows.rowOf(unitId);
			if (row != null && day.equals(dayOfRow.get(row)) && calendar.forUnit(unitId).isWorkingDay(day)) {
				total.merge(row, n, Integer::sum);
			}
		});
		Map<Long, Counts> counts = new HashMap<>();
		List<Absentee> absentees = new ArrayList<>();
		this.jdbc.sql("""
				select r.employee_id, r.day, max(r.unit_id) as unit_id,
				    max(r.status) filter (where r.session = 'MORNING') as morning,
				    max(r.status) filter (where r.session = 'EVENING') as evening,
				    coalesce(max(r.note) filter (where r.session = 'MORNING'),
				             max(r.note) filter (where r.session = 'EVENING')) as note,
				    bool_or(r.status not in ('PRESENT', 'LATE', 'EARLY_LEAVE')) as absent,
				    e.nip, e.front_title, e.name, e.back_title, u.name as unit_name
				from attendance_record r
				join employee e on e.id = r.employee_id
				join unit u on u.id = r.unit_id
				where r.day = any(:days) and r.unit_id = any(:units)
				group by r.employee_id, r.day, e.nip, e.front_title, e.name, e.back_title, u.name""")
			.param("days", SqlArrays.dates(days))
			.param("units", SqlArrays.bigints(rows.unitIds()))
			.query((rs) -> {
				long unitId = rs.getLong("unit_id");
				Long row = rows.rowOf(unitId);
				LocalDate day = rs.getObject("day", LocalDate.class);
				if (row == null || !day.equals(dayOfRow.get(row))) {
					return;
				}
				AttendanceStatus morning = status(rs, "morning");
				AttendanceStatus evening = status(rs, "evening");
				counts.merge(row, count(morning, evening), Counts::plus);
				if (rs.getBoolean("absent")) {
					absentees.add(new Absentee(rs.getString("nip"), name(rs), rows.tree().byId(row).orElseThrow(),
							rs.getString("unit_name"), morning, evening, rs.getString("note")));
				}
			});
		Map<Long, Counts> ordinaryCounts = ordinary(ordinary, rows, calendar);

		List<OpdLine> lines = new ArrayList<>();
		Counts totals = Counts.ZERO;
		Counts ordinaryTotals = Counts.ZERO;
		for (UnitView opd : rows.rows()) {
			Counts c = counts.getOrDefault(opd.id(), Counts.ZERO);
			c = new Counts(total.getOrDefault(opd.id(), 0), c.recorded(), c.present(), c.unexcused(),
					c.fullDayUnexcused(), c.sick(), c.permission(), c.leave(), c.other());
			totals = totals.plus(c);
			ordinaryTotals = ordinaryTotals.plus(ordinaryCounts.getOrDefault(opd.id(), Counts.ZERO));
			lines.add(new OpdLine(opd, dayOfRow.get(opd.id()), c, ordinaryCounts.get(opd.id())));
		}
		Map<Long, Integer> order = new HashMap<>();
		for (int i = 0; i < rows.rows().size(); i++) {
			order.put(rows.rows().get(i).id(), i);
		}
		absentees.sort(Comparator.comparing((Absentee a) -> order.get(a.opd().id()))
			.thenComparing(Absentee::name)
			.thenComparing(Absentee::nip));
		return new AfterHolidayView(block, block.firstWorkingDay(), List.copyOf(lines), totals, ordinaryTotals,
				List.copyOf(absentees), ordinary, this.clock.instant());
	}

	/** Per row: the apel pagi counts of the ordinary days, where the OPD held apel. */
	private Map<Long, Counts> ordinary(List<LocalDate> days, ReportRows rows, WorkCalendar calendar) {
		Map<Long, Counts> counts = new HashMap<>();
		if (days.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select unit_id, day, count(*) as n,
				    count(*) filter (where status in ('PRESENT', 'LATE', 'EARLY_LEAVE')) as present,
				    count(*) filter (where status = 'UNEXCUSED') as unexcused
				from attendance_record
				where session = 'MORNING' and day = any(:days) and unit_id = any(:units)
				group by unit_id, day""")
			.param("days", SqlArrays.dates(days))
			.param("units", SqlArrays.bigints(rows.unitIds()))
			.query((rs) -> {
				Long row = rows.rowOf(rs.getLong("unit_id"));
				LocalDate day = rs.getObject("day", LocalDate.class);
				if (row != null && calendar.forUnit(row).isApelDay(day)) {
					counts.merge(row,
							new Counts(0, rs.getInt("n"), rs.getInt("present"), rs.getInt("unexcused"), 0, 0, 0, 0, 0),
							Counts::plus);
				}
			});
		return counts;
	}

	private void rosters(Set<LocalDate> days, RosterConsumer consumer) {
		this.jdbc.sql("""
				select d.day, a.unit_id, count(*) as n
				from employee_assignment a
				join unnest(:days) as d(day)
				  on (a.valid_from is null or a.valid_from <= d.day) and (a.valid_to is null or a.valid_to > d.day)
				group by d.day, a.unit_id""").param("days", SqlArrays.dates(days)).query((rs) -> {
			consumer.accept(rs.getLong("unit_id"), rs.getObject("day", LocalDate.class), rs.getInt("n"));
		});
	}

	private static Counts count(AttendanceStatus morning, AttendanceStatus evening) {
		AttendanceStatus status = (morning != null) ? morning : evening;
		boolean full = morning == AttendanceStatus.UNEXCUSED && evening == AttendanceStatus.UNEXCUSED;
		return new Counts(0, 1, status.isPresent() ? 1 : 0, (status == AttendanceStatus.UNEXCUSED) ? 1 : 0,
				full ? 1 : 0, (status == AttendanceStatus.SICK) ? 1 : 0,
				(status == AttendanceStatus.PERMISSION) ? 1 : 0, (status == AttendanceStatus.LEAVE) ? 1 : 0,
				switch (status) {
					case OFFICIAL_TRAVEL, STUDY, REMOTE -> 1;
					default -> 0;
				});
	}

	private static AttendanceStatus status(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? AttendanceStatus.valueOf(value) : null;
	}

	private static String name(ResultSet rs) throws SQLException {
		return new PersonName(rs.getString("front_title"), rs.getString("name"), rs.getString("back_title")).display();
	}

	@FunctionalInterface
	private interface RosterConsumer {

		void accept(long unitId, LocalDate day, int count);

	}

}
