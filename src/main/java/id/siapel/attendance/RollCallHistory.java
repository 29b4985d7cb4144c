package id.siapel.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.attendance.MonthOverview.SessionState;
import id.siapel.calendar.ApelTimes;
import id.siapel.calendar.CalendarDay;
import id.siapel.calendar.UnitCalendar;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.employee.PersonName;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's past roll calls: the month at a glance (submitted, missing, not a working day)
 * and the monthly recap grid. A handful of queries per page, whatever the size of the
 * unit.
 */
@Service
@RequiredArgsConstructor
public class RollCallHistory {

	private final Units units;

	private final WorkCalendars calendars;

	private final JdbcClient jdbc;

	private final CancellationStore cancellations;

	private final Clock clock;

	@Transactional(readOnly = true)
	public MonthOverview month(String unitCode, YearMonth month) {
		UnitView unit = this.units.visible(unitCode);
		UnitTree tree = this.units.tree();
		Set<Long> subtree = tree.subtreeIds(unit.id());
		WorkCalendar calendar = this.calendars.current();
		UnitCalendar unitCalendar = calendar.forUnit(unit.id());
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		Set<String> ownSheets = new HashSet<>();
		this.jdbc.sql("""
				select day, session from roll_call
				where unit_id = :unit and day between :from and :to and submitted_at is not null""")
			.param("unit", unit.id())
			.param("from", from)
			.param("to", to)
			.query((rs) -> {
				ownSheets.add(rs.getObject("day", LocalDate.class) + rs.getString("session"));
			});
		Map<String, Integer> covered = new HashMap<>();
		this.jdbc.sql("""
				select day, session, count(*) as n from attendance_record
				where unit_id = any(:units) and day between :from and :to group by day, session""")
			.param("units", SqlArrays.bigints(subtree))
			.param("from", from)
			.param("to", to)
			.query((rs) -> {
				covered.put(rs.getObject("day", LocalDate.class) + rs.getString("session"), rs.getInt("n"));
			});
		// Per day and unit: on each day only the units that work count (a five-day Dinas
		// on a Saturday: its six-day Puskesmas).
		Map<LocalDate, Map<Long, Integer>> rosterSize = new HashMap<>();
		this.jdbc.sql("""
				select d.day::date as day, a.unit_id, count(a.employee_id) as n
				from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d(day)
				join employee_assignment a on a.unit_id = any(:units)
				    and (a.valid_from is null or a.valid_from <= d.day) and (a.valid_to is null or a.valid_to > d.day)
				group by d.day, a.unit_id""")
			.param("units", SqlArrays.bigints(subtree))
			.param("from", from)
			.param("to", to)
			.query((rs) -> {
				rosterSize.computeIfAbsent(rs.getObject("day", LocalDate.class), (d) -> new HashMap<>())
					.put(rs.getLong("unit_id"), rs.getInt("n"));
			});
		CancelledRollCalls cancelled = new CancelledRollCalls(this.cancellations.cancelledBetween(from, to));
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		List<MonthOverview.Day> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			CalendarDay info = unitCalendar.day(day);
			boolean anyWorking = false;
			boolean apelRequired = false;
			Set<Long> working = new HashSet<>();
			for (long unitId : subtree) {
				UnitCalendar own = calendar.forUnit(unitId);
				if (own.isWorkingDay(day)) {
					anyWorking = true;
					apelRequired |= own.isApelDay(day);
					working.add(unitId);
				}
			}
			if (!anyWorking) {
				days.add(new MonthOverview.Day(day, false, false, info.names(), SessionState.NON_WORKING,
						SessionState.NON_WORKING));
				continue;
			}
			ApelTimes times = calendar.apelTimesOn(day);
			Map<Long, Integer> ofDay = rosterSize.getOrDefault(day, Map.of());
			String[] reasons = new String[2];
			SessionState[] states = new SessionState[2];
			for (Session session : Session.values()) {
				var covering = cancelled.covering(unit.id(), day, session, tree);
				if (covering.isPresent()) {
					reasons[session.ordinal()] = covering.get().reason();
					states[session.ordinal()] = SessionState.CANCELLED;
					continue;
				}
				// People of a sub-unit whose apel was cancelled are not on the sheets.
				Set<Long> cancelledUnits = cancelled.coveredAmong(working, day, session, tree);
				int roster = working.stream()
					.filter((id) -> !cancelledUnits.contains(id))
					.mapToInt((id) -> ofDay.getOrDefault(id, 0))
					.sum();
				states[session.ordinal()] = state(day, session, apelRequired,
						(session == Session.MORNING) ? times.morningCutoff() : times.eveningCutoff(), now, ownSheets,
						covered, roster);
			}
			days.add(new MonthOverview.Day(day, true, !info.working(), info.names(), states[0], states[1], reasons[0],
					reasons[1]));
		}
		return new MonthOverview(unit, month, days);
	}

	private static SessionState state(LocalDate day, Session session, boolean apelRequired, java.time.LocalTime cutoff,
			ZonedDateTime now, Set<String> ownSheets, Map<String, Integer> covered, int roster) {
		String key = day + session.name();
		int records = covered.getOrDefault(key, 0);
		if (ownSheets.contains(key) || (roster > 0 && records >= roster)) {
			return SessionState.SUBMITTED;
		}
		if (records > 0) {
			return SessionState.PARTIAL;
		}
		LocalDate today = now.toLocalDate();
		if (day.isAfter(today)) {
			return SessionState.UPCOMING;
		}
		if (!apelRequired) {
			return SessionState.NOT_REQUIRED;
		}
		if (day.equals(today) && now.toLocalTime().isBefore(cutoff)) {
			return SessionState.PENDING;
		}
		return SessionState.MISSING;
	}

	private static final String MEMBERS = """
			from employee e join employee_assignment a on a.employee_id = e.id
			where a.unit_id = any(:units) and (a.valid_from is null or a.valid_from <= :to)
			  and (a.valid_to is null or a.valid_to > :from)""";

	/** One page of the monthly grid of a unit and its sub-units, employees by name. */
	@Transactional(readOnly = true)
	public MonthGrid grid(String unitCode, YearMonth month, int page, int size) {
		return grid(this.units.visible(unitCode), month, page, size);
	}

	/**
	 * How many employees the monthly grid of the unit and its sub-units lists: one count,
	 * for deciding whether a document of the grid is made in the request or as a job. The
	 * caller has checked the unit scope.
	 */
	@Transactional(readOnly = true)
	public long gridSize(UnitView unit, YearMonth month) {
		return this.jdbc.sql("select count(distinct e.id) " + MEMBERS)
			.param("units", SqlArrays.bigints(this.units.tree().subtreeIds(unit.id())))
			.param("from", month.atDay(1))
			.param("to", month.atEndOfMonth())
			.query(Long.class)
			.single();
	}

	/**
	 * One page of the monthly grid of a unit whose scope the caller has checked: a
	 * background job (which runs without the user) checked it when it was queued.
	 */
	@Transactional(readOnly = true)
	public MonthGrid grid(UnitView unit, YearMonth month, int page, int size) {
		UnitTree tree = this.units.tree();
		Set<Long> subtree = tree.subtreeIds(unit.id());
		WorkCalendar calendar = this.calendars.current();
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		String members = MEMBERS;
		long total = this.jdbc.sql("select count(distinct e.id) " + members)
			.param("units", SqlArrays.bigints(subtree))
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		Map<Long, MonthGrid.Row> rows = new LinkedHashMap<>();
		Map<Long, Map<Integer, MonthGrid.Cell>> cells = new HashMap<>();
		this.jdbc.sql("""
				select e.id, e.nip, e.front_title, e.name, e.back_title, min(a.unit_id) as unit_id
				""" + members + """
				group by e.id order by e.name, e.id limit :limit offset :offset""")
			.param("units", SqlArrays.bigints(subtree))
			.param("from", from)
			.param("to", to)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs) -> {
				long id = rs.getLong("id");
				Map<Integer, MonthGrid.Cell> byDay = new HashMap<>();
				cells.put(id, byDay);
				rows.put(id, new MonthGrid.Row(rs.getString("nip"),
						new PersonName(rs.getString("front_title"), rs.getString("name"), rs.getString("back_title"))
							.display(),
						tree.byId(rs.getLong("unit_id")).map(UnitView::code).orElse(""), byDay,
						new EnumMap<>(AttendanceStatus.class), 0, 0));
			});
		Map<Long, int[]> sums = new HashMap<>();
		if (!rows.isEmpty()) {
			this.jdbc.sql("""
					select employee_id, day, session, status, minutes from attendance_record
					where employee_id = any(:employees) and day between :from and :to and unit_id = any(:units)""")
				.param("employees", SqlArrays.bigints(rows.keySet()))
				.param("units", SqlArrays.bigints(subtree))
				.param("from", from)
				.param("to", to)
				.query((rs) -> {
					long id = rs.getLong("employee_id");
					int dom = rs.getObject("day", LocalDate.class).getDayOfMonth();
					AttendanceStatus status = AttendanceStatus.valueOf(rs.getString("status"));
					Integer minutes = (Integer) rs.getObject("minutes");
					MonthGrid.Cell old = cells.get(id).get(dom);
					boolean morning = Session.valueOf(rs.getString("session")) == Session.MORNING;
					cells.get(id)
						.put(dom,
								morning ? new MonthGrid.Cell(status, minutes, (old != null) ? old.evening() : null,
										(old != null) ? old.eveningMinutes() : null)
										: new MonthGrid.Cell((old != null) ? old.morning() : null,
												(old != null) ? old.morningMinutes() : null, status, minutes));
					rows.get(id).totals().merge(status, 1, Integer::sum);
					sums.computeIfAbsent(id, (k) -> new int[1])[0] += (minutes != null) ? minutes : 0;
				});
		}
		List<MonthGrid.Row> result = new ArrayList<>();
		for (var entry : rows.entrySet()) {
			MonthGrid.Row row = entry.getValue();
			int unexcusedDays = (int) row.cells()
				.values()
				.stream()
				.filter((c) -> c.morning() == AttendanceStatus.UNEXCUSED && c.evening() == AttendanceStatus.UNEXCUSED)
				.count();
			int minutes = sums.getOrDefault(entry.getKey(), new int[1])[0];
			result.add(new MonthGrid.Row(row.nip(), row.name(), row.unitCode(), row.cells(), row.totals(),
					unexcusedDays, minutes));
		}
		List<MonthGrid.Column> columns = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			// A day the unit's sub-units work (a five-day Dinas's six-day Puskesmas on a
			// Saturday) is a column with codes, not a day off.
			columns.add(new MonthGrid.Column(day, calendar.worksWithin(unit.id(), day)));
		}
		return new MonthGrid(unit, month, columns, result, page, size, total);
	}

}
