package id.siapel.discipline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.discipline.rules.SessionMark;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The kept-current counts: what each day counts ({@code discipline_day}), its sums per
 * employee, month and unit ({@code discipline_month}, read by the recaps) and each
 * employee's year ({@code discipline_year}). Every method is one statement for any number
 * of employees.
 */
@Repository
@RequiredArgsConstructor
class DisciplineStore {

	private static final String MONTH_SUMS = """
			insert into discipline_month (employee_id, month, unit_id, full_days, minutes)
			select d.employee_id, date_trunc('month', d.day)::date, d.unit_id, count(*) filter (where d.full_unexcused),
			    sum(d.minutes)
			""";

	private final JdbcClient jdbc;

	/** The two roll calls of each (employee, day), as stored. */
	Map<EmployeeDay, DayMarks> marks(Collection<EmployeeDay> days) {
		Map<EmployeeDay, DayMarks> marks = new HashMap<>();
		if (days.isEmpty()) {
			return marks;
		}
		List<Long> employees = new ArrayList<>();
		List<LocalDate> dates = new ArrayList<>();
		days.forEach((d) -> {
			employees.add(d.employeeId());
			dates.add(d.day());
		});
		this.jdbc
			.sql("""
					select r.employee_id, r.day, r.session, r.status, r.minutes, r.unit_id
					from attendance_record r
					join unnest(:employees, :days) as k(employee_id, day) on r.employee_id = k.employee_id and r.day = k.day""")
			.param("employees", SqlArrays.bigints(employees))
			.param("days", SqlArrays.dates(dates))
			.query((rs) -> {
				EmployeeDay key = new EmployeeDay(rs.getLong("employee_id"), rs.getObject("day", LocalDate.class));
				SessionMark mark = mark(rs.getString("status"), (Integer) rs.getObject("minutes"));
				DayMarks old = marks.getOrDefault(key, new DayMarks(null, null, rs.getLong("unit_id")));
				marks.put(key,
						"MORNING".equals(rs.getString("session"))
								? new DayMarks(mark, old.evening(), rs.getLong("unit_id"))
								: new DayMarks(old.morning(), mark, old.unitId()));
			});
		return marks;
	}

	static SessionMark mark(String status, Integer minutes) {
		return switch (status) {
			case "UNEXCUSED" -> SessionMark.UNEXCUSED;
			case "PRESENT", "LATE", "EARLY_LEAVE" ->
				new SessionMark(SessionMark.Kind.PRESENT, (minutes != null) ? minutes : 0);
			default -> SessionMark.EXCUSED;
		};
	}

	/** Stores the days that count and removes the ones that no longer do. */
	void saveDays(List<CountedDay> counted, List<EmployeeDay> cleared) {
		if (!counted.isEmpty()) {
			this.jdbc.sql("""
					insert into discipline_day (employee_id, day, unit_id, full_unexcused, minutes)
					select * from unnest(:employees, :days, :units, :fulls, :minutes)
					on conflict (employee_id, day) do update set unit_id = excluded.unit_id,
					    full_unexcused = excluded.full_unexcused, minutes = excluded.minutes""")
				.param("employees", SqlArrays.bigints(counted.stream().map(CountedDay::employeeId).toList()))
				.param("days", SqlArrays.dates(counted.stream().map(CountedDay::day).toList()))
				.param("units", SqlArrays.bigints(counted.stream().map(CountedDay::unitId).toList()))
				.param("fulls", SqlArrays.booleans(counted.stream().map(CountedDay::fullUnexcused).toList()))
				.param("minutes", SqlArrays.integers(counted.stream().map(CountedDay::minutes).toList()))
				.update();
		}
		if (!cleared.isEmpty()) {
			this.jdbc.sql("""
					delete from discipline_day d using unnest(:employees, :days) as k(employee_id, day)
					where d.employee_id = k.employee_id and d.day = k.day""")
				.param("employees", SqlArrays.bigints(cleared.stream().map(EmployeeDay::employeeId).toList()))
				.param("days", SqlArrays.dates(cleared.stream().map(EmployeeDay::day).toList()))
				.update();
		}
		Set<EmployeeDay> months = new LinkedHashSet<>();
		counted.forEach((d) -> months.add(new EmployeeDay(d.employeeId(), d.day().withDayOfMonth(1))));
		cleared.forEach((d) -> months.add(new EmployeeDay(d.employeeId(), d.day().withDayOfMonth(1))));
		recountMonths(months);
	}

	/**
	 * Sums the counted days of these employee-months ({@code day}: the first of the
	 * month) into {@code discipline_month} again, two statements whatever their number.
	 * The caller holds the employees' attendance lock, as for {@code discipline_day}.
	 */
	private void recountMonths(Set<EmployeeDay> months) {
		if (months.isEmpty()) {
			return;
		}
		Object employees = SqlArrays.bigints(months.stream().map(EmployeeDay::employeeId).toList());
		Object firsts = SqlArrays.dates(months.stream().map(EmployeeDay::day).toList());
		this.jdbc.sql("""
				delete from discipline_month m using unnest(:employees, :months) as k(employee_id, month)
				where m.employee_id = k.employee_id and m.month = k.month""")
			.param("employees", employees)
			.param("months", firsts)
			.update();
		this.jdbc.sql(MONTH_SUMS + """
				from discipline_day d join unnest(:employees, :months) as k(employee_id, month)
				    on d.employee_id = k.employee_id and d.day >= k.month and d.day < k.month + interval '1 month'
				group by d.employee_id, date_trunc('month', d.day), d.unit_id""")
			.param("employees", employees)
			.param("months", firsts)
			.update();
	}

	/**
	 * Sums the counted days of the months from {@code from}'s to {@code to}'s into
	 * {@code discipline_month} again, for every employee or for some ({@code null}: every
	 * one), after {@code discipline_day} was counted again over that range.
	 */
	void recountMonths(LocalDate from, LocalDate to, Collection<Long> employeeIds) {
		LocalDate first = from.withDayOfMonth(1);
		LocalDate last = to.withDayOfMonth(1);
		String some = (employeeIds != null) ? " and employee_id = any(:ids)" : "";
		Object ids = (employeeIds != null) ? SqlArrays.bigints(employeeIds) : null;
		this.jdbc.sql("delete from discipline_month where month between :first and :last" + some)
			.param("first", first)
			.param("last", last)
			.param("ids", ids)
			.update();
		this.jdbc
			.sql(MONTH_SUMS + """
					from discipline_day d where d.day >= :first and d.day < cast(:last as date) + interval '1 month'"""
					+ some.replace("employee_id", "d.employee_id") + """

							group by d.employee_id, date_trunc('month', d.day), d.unit_id""")
			.param("first", first)
			.param("last", last)
			.param("ids", ids)
			.update();
	}

	/** Totals per employee and year over a range of years, from the counted days. */
	Map<EmployeeYear, Totals> totals(Collection<Long> employeeIds, int fromYear, int toYear) {
		Map<EmployeeYear, Totals> totals = new HashMap<>();
		this.jdbc.sql("""
				select employee_id, extract(year from day)::int as year,
				    count(*) filter (where full_unexcused) as full_days, sum(minutes) as minutes, max(day) as last_day
				from discipline_day
				where employee_id = any(:employees) and day between :from and :to
				group by employee_id, extract(year from day)""")
			.param("employees", SqlArrays.bigints(employeeIds))
			.param("from", LocalDate.of(fromYear, 1, 1))
			.param("to", LocalDate.of(toYear, 12, 31))
			.query((rs) -> {
				totals.put(new EmployeeYear(rs.getLong("employee_id"), rs.getInt("year")), new Totals(
						rs.getInt("full_days"), rs.getInt("minutes"), rs.getObject("last_day", LocalDate.class)));
			});
		return totals;
	}

	/**
	 * The full unexcused days of these employees in a range, in order, with their unit.
	 */
	Map<Long, List<UnitDay>> fullUnexcusedDays(Collection<Long> employeeIds, LocalDate from, LocalDate to) {
		Map<Long, List<UnitDay>> days = new HashMap<>();
		this.jdbc.sql("""
				select employee_id, day, unit_id from discipline_day
				where full_unexcused and employee_id = any(:employees) and day between :from and :to
				order by employee_id, day""")
			.param("employees", SqlArrays.bigints(employeeIds))
			.param("from", from)
			.param("to", to)
			.query((rs) -> {
				days.computeIfAbsent(rs.getLong("employee_id"), (k) -> new ArrayList<>())
					.add(new UnitDay(rs.getObject("day", LocalDate.class), rs.getLong("unit_id")));
			});
		return days;
	}

	/** The stored years of these employees in a range of years. */
	Map<EmployeeYear, YearRow> years(Collection<Long> employeeIds, int fromYear, int toYear) {
		Map<EmployeeYear, YearRow> rows = new HashMap<>();
		this.jdbc.sql("""
				select employee_id, year, unexcused_days, late_minutes, longest_streak, last_counted_day
				from discipline_year where employee_id = any(:employees) and year between :from and :to""")
			.param("employees", SqlArrays.bigints(employeeIds))
			.param("from", fromYear)
			.param("to", toYear)
			.query((rs) -> {
				rows.put(new EmployeeYear(rs.getLong("employee_id"), rs.getInt("year")),
						new YearRow(rs.getInt("unexcused_days"), rs.getInt("late_minutes"), rs.getInt("longest_streak"),
								rs.getObject("last_counted_day", LocalDate.class)));
			});
		return rows;
	}

	void saveYears(Map<EmployeeYear, YearRow> rows, Instant now) {
		if (rows.isEmpty()) {
			return;
		}
		List<EmployeeYear> keys = new ArrayList<>(rows.keySet());
		this.jdbc.sql("""
				insert into discipline_year (employee_id, year, unexcused_days, late_minutes, longest_streak,
				    last_counted_day, updated_at)
				select t.employee_id, t.year, t.unexcused_days, t.late_minutes, t.longest_streak, t.last_day, :now
				from unnest(:employees, :years, :days, :minutes, :streaks, :lastDays)
				    as t(employee_id, year, unexcused_days, late_minutes, longest_streak, last_day)
				on conflict (employee_id, year) do update set unexcused_days = excluded.unexcused_days,
				    late_minutes = excluded.late_minutes, longest_streak = excluded.longest_streak,
				    last_counted_day = excluded.last_counted_day, updated_at = excluded.updated_at""")
			.param("employees", SqlArrays.bigints(keys.stream().map(EmployeeYear::employeeId).toList()))
			.param("years", SqlArrays.integers(keys.stream().map(EmployeeYear::year).toList()))
			.param("days", SqlArrays.integers(keys.stream().map((k) -> rows.get(k).unexcusedDays()).toList()))
			.param("minutes", SqlArrays.integers(keys.stream().map((k) -> rows.get(k).lateMinutes()).toList()))
			.param("streaks", SqlArrays.integers(keys.stream().map((k) -> rows.get(k).longestStreak()).toList()))
			.param("lastDays", SqlArrays.dates(keys.stream().map((k) -> rows.get(k).lastCountedDay()).toList()))
			.param("now", java.sql.Timestamp.from(now))
			.update();
	}

	/** An employee on a day. */
	record EmployeeDay(long employeeId, LocalDate day) {
	}

	/** An employee in a calendar year. */
	record EmployeeYear(long employeeId, int year) {
	}

	/**
	 * The two roll calls of a day ({@code null}: not submitted) and the employee's unit.
	 */
	record DayMarks(SessionMark morning, SessionMark evening, long unitId) {
	}

	/** A day that counts something. */
	record CountedDay(long employeeId, LocalDate day, long unitId, boolean fullUnexcused, int minutes) {
	}

	/** A day with the unit the employee belonged to. */
	record UnitDay(LocalDate day, long unitId) {
	}

	/** Sums of counted days in a year. */
	record Totals(int fullDays, int minutes, LocalDate lastDay) {
	}

	/** A stored year. */
	record YearRow(int unexcusedDays, int lateMinutes, int longestStreak, LocalDate lastCountedDay) {
	}

}
