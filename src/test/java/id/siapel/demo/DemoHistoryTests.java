package id.siapel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.siapel.calendar.WorkCalendars;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo regency's roll calls from 1 January to today (issue 5), and the standings and
 * flags counted from them on first login (issue 6): plausible, on working days only, and
 * the kept-current counts equal to what the roll calls say.
 */
@SiapelIntegrationTest
class DemoHistoryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkCalendars calendars;

	@Autowired
	Clock clock;

	@Test
	void everyWorkingDaySinceNewYearHasItsRollCallsAndNoDayOffHasAny() {
		LocalDate today = LocalDate.now(this.clock);
		var general = this.calendars.current().general();
		var calendar = this.calendars.current();
		List<String> offDays = new java.util.ArrayList<>();
		this.jdbc.sql("select distinct unit_id, day from roll_call where day < :today")
			.param("today", today)
			.query((rs) -> {
				LocalDate day = rs.getObject("day", LocalDate.class);
				if (!calendar.forUnit(rs.getLong("unit_id")).isWorkingDay(day)) {
					offDays.add(rs.getLong("unit_id") + " " + day);
				}
			});
		assertThat(offDays).as("sheets on a day off of their unit").isEmpty();
		LocalDate lastWorkingDay = general.previousWorkingDay(today);
		// The demo's OPDs: those with sheets this year (other tests add OPDs of their
		// own); not the six-day sub-units of five-day OPDs, which have sheets of their
		// own on Saturdays only.
		long opds = this.jdbc.sql("""
				select count(distinct r.unit_id) from roll_call r join unit u on u.id = r.unit_id
				where r.day >= :newYear and r.day < :today
				  and u.parent_id = (select id from unit where parent_id is null)""")
			.param("newYear", today.withDayOfYear(1))
			.param("today", today)
			.query(Long.class)
			.single();
		long sheets = this.jdbc.sql("select count(*) from roll_call where day = :day and session = 'MORNING'")
			.param("day", lastWorkingDay)
			.query(Long.class)
			.single();
		// A few OPD sessions are never submitted, on purpose (ROLL_CALL_MISSING).
		assertThat(sheets).isBetween(opds * 8 / 10, opds);
	}

	@Test
	void onSaturdaysTheSixDayPuskesmasOfTheFiveDayDinasSubmitTheirOwnSheets() {
		LocalDate today = LocalDate.now(this.clock);
		var calendar = this.calendars.current();
		var tree = calendar.units();
		var dinkes = tree.byCode("DINKES").orElseThrow();
		List<LocalDate> saturdays = new java.util.ArrayList<>();
		for (LocalDate day = today.withDayOfYear(1); day.isBefore(today); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY
					&& !calendar.workingSubUnits(dinkes.id(), day).isEmpty()) {
				saturdays.add(day);
			}
		}
		assertThat(saturdays).isNotEmpty();
		Map<String, Long> sheetsByUnit = new java.util.HashMap<>();
		this.jdbc.sql("""
				select u.code, count(*) as n from roll_call r join unit u on u.id = r.unit_id
				where r.day = any(:days) and r.session = 'MORNING' and u.parent_id = :dinkes group by u.code""")
			.param("days", id.siapel.shared.SqlArrays.dates(saturdays))
			.param("dinkes", dinkes.id())
			.query((rs) -> {
				sheetsByUnit.put(rs.getString("code"), rs.getLong("n"));
			});
		// Every Puskesmas, on nearly every Saturday; the five-day Bidang never.
		assertThat(sheetsByUnit.keySet()).isNotEmpty().allMatch((code) -> code.startsWith("PKM-"));
		assertThat(sheetsByUnit.values()).allMatch((n) -> n >= saturdays.size() * 9 / 10);
		assertThat(
				this.jdbc.sql("select count(*) from roll_call where unit_id = :dinkes and extract(isodow from day) = 6")
					.param("dinkes", dinkes.id())
					.query(Long.class)
					.single())
			.isZero();
	}

	@Test
	void mostPeopleArePresentSomeAreLateAFewAreAbsentAndMoreAfterAHolidayBlock() {
		Map<String, Long> byStatus = new java.util.HashMap<>();
		this.jdbc.sql("select status, count(*) as n from attendance_record group by status").query((rs) -> {
			byStatus.put(rs.getString("status"), rs.getLong("n"));
		});
		long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
		assertThat(byStatus.get("PRESENT") * 100 / all).isBetween(80L, 95L);
		assertThat(byStatus).containsKeys("LATE", "EARLY_LEAVE", "SICK", "PERMISSION", "UNEXCUSED", "LEAVE");
		assertThat(this.jdbc.sql("select count(*) from attendance_record where status = 'LATE' and minutes is null")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from attendance_record where source = 'LEAVE'")
			.query(Long.class)
			.single()).isPositive();
		// Unexcused absence on the first working day after a holiday block against the
		// rest of the year.
		var general = this.calendars.current().general();
		Map<LocalDate, double[]> rates = new java.util.HashMap<>();
		// The demo's days only: this year before today (other test classes add a few
		// employees' records on days of 2025 that would otherwise count as whole days).
		LocalDate today = LocalDate.now(this.clock);
		this.jdbc.sql("""
				select day, count(*) filter (where status = 'UNEXCUSED')::float / count(*) as rate
				from attendance_record where day >= :newYear and day < :today group by day""")
			.param("newYear", today.withDayOfYear(1))
			.param("today", today)
			.query((rs) -> {
				rates.put(rs.getObject("day", LocalDate.class), new double[] { rs.getDouble("rate") });
			});
		double after = rates.entrySet()
			.stream()
			.filter((e) -> general.adjacency(e.getKey()).firstAfterHoliday())
			.mapToDouble((e) -> e.getValue()[0])
			.average()
			.orElse(0);
		double ordinary = rates.entrySet()
			.stream()
			.filter((e) -> !general.adjacency(e.getKey()).firstAfterHoliday())
			.mapToDouble((e) -> e.getValue()[0])
			.average()
			.orElse(0);
		assertThat(after).isGreaterThan(ordinary * 1.5);
	}

	@Test
	void theKeptCurrentCountsEqualWhatTheRollCallsSay() {
		// Recounted straight from the records: full days (TK at both roll calls) and the
		// minutes of lateness, early leave and single-session TK (225 each).
		List<String> mismatches = this.jdbc.sql("""
				with days as (
				    select employee_id, extract(year from day)::int as year,
				        count(*) filter (where status = 'UNEXCUSED') as tk,
				        coalesce(sum(minutes) filter (where status in ('LATE', 'EARLY_LEAVE')), 0) as late
				    from attendance_record group by employee_id, day),
				counted as (
				    select employee_id, year, count(*) filter (where tk = 2) as full_days,
				        sum(case when tk = 2 then 0 else late + case when tk = 1 then 225 else 0 end end) as minutes
				    from days group by employee_id, year)
				select c.employee_id || ': ' || c.full_days || '/' || c.minutes || ' vs '
				    || coalesce(y.unexcused_days, 0) || '/' || coalesce(y.late_minutes, 0)
				from counted c left join discipline_year y on y.employee_id = c.employee_id and y.year = c.year
				where c.full_days <> coalesce(y.unexcused_days, 0) or c.minutes <> coalesce(y.late_minutes, 0)""")
			.query(String.class)
			.list();
		assertThat(mismatches).isEmpty();
	}

	@Test
	void theDemoHasFlagsOfEveryKindTheRegencyWouldSeeAndASekdaWorthyCase() {
		List<String> kinds = this.jdbc.sql("select distinct kind from discipline_flag where withdrawn_at is null")
			.query(String.class)
			.list();
		assertThat(kinds).contains("AFTER_HOLIDAY", "BEFORE_HOLIDAY", "THRESHOLD_REACHED", "ROLL_CALL_MISSING");
		assertThat(
				this.jdbc.sql("select count(*) from discipline_flag where status <> 'OPEN'").query(Long.class).single())
			.isPositive();
		assertThat(this.jdbc.sql("select max(unexcused_days) from discipline_year").query(Integer.class).single())
			.isGreaterThanOrEqualTo(3);
	}

}
