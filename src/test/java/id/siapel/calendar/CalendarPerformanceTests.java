package id.siapel.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.WorkPattern;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures, and only prints (no timing is asserted: machines differ): how long a fresh
 * snapshot takes to answer isWorkingDay for every day of a year for 15,000 employees in
 * 300 units, and what {@link WorkCalendars#current()} costs when nothing changed and
 * right after a change. Output lines start with {@code [calendar-performance]} (in
 * target/surefire-reports/id.siapel.calendar.CalendarPerformanceTests-output.txt).
 */
@SiapelIntegrationTest
class CalendarPerformanceTests {

	static final int UNITS = 300;

	static final int EMPLOYEES = 15_000;

	@Autowired
	WorkCalendars calendars;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYearFor15000EmployeesIn300UnitsFromAFreshSnapshot() {
		Random random = new Random(42);
		List<UnitView> units = new ArrayList<>();
		units.add(new UnitView(1, "PEMDA", "Pemda", UnitKind.REGION, null, WorkPattern.FIVE_DAY, null, 0));
		for (int id = 2; id <= UNITS; id++) {
			long parent = (id <= 41) ? 1 : 2 + random.nextInt(40);
			WorkPattern pattern = (random.nextInt(10) == 0) ? WorkPattern.SIX_DAY : WorkPattern.FIVE_DAY;
			units.add(new UnitView(id, "U" + id, "Unit " + id, (id <= 41) ? UnitKind.AGENCY : UnitKind.DIVISION, parent,
					pattern, null, 0));
		}
		List<SpecialDay> days = new ArrayList<>(ReferenceCalendar.nationalDays());
		for (int i = 0; i < 40; i++) {
			days.add(SpecialDay.of(LocalDate.of(2025, 1, 6).plusDays(random.nextInt(350)), DayKind.REGIONAL_HOLIDAY,
					"Libur daerah " + i, 2L + random.nextInt(UNITS - 1)));
		}
		for (int i = 0; i < 10; i++) {
			days.add(SpecialDay.of(LocalDate.of(2025, 3, 24).plusDays(i), DayKind.REMOTE_WORK, "WFA " + i));
		}
		long[] unitOfEmployee = new long[EMPLOYEES];
		for (int e = 0; e < EMPLOYEES; e++) {
			unitOfEmployee[e] = 1 + random.nextInt(UNITS);
		}
		List<LocalDate> year = new ArrayList<>();
		for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() == 2025; d = d.plusDays(1)) {
			year.add(d);
		}

		long started = System.nanoTime();
		WorkCalendar calendar = new WorkCalendar(new UnitTree(units), days, List.of(), WorkSchedule.defaults());
		long built = System.nanoTime();
		long working = 0;
		for (int e = 0; e < EMPLOYEES; e++) {
			UnitCalendar unit = calendar.forUnit(unitOfEmployee[e]);
			for (LocalDate day : year) {
				if (unit.isWorkingDay(day)) {
					working++;
				}
			}
		}
		long firstPass = System.nanoTime();
		long again = 0;
		for (int e = 0; e < EMPLOYEES; e++) {
			UnitCalendar unit = calendar.forUnit(unitOfEmployee[e]);
			for (LocalDate day : year) {
				if (unit.isWorkingDay(day)) {
					again++;
				}
			}
		}
		long secondPass = System.nanoTime();
		long counted = 0;
		for (int e = 0; e < EMPLOYEES; e++) {
			counted += calendar.forUnit(unitOfEmployee[e])
				.countWorkingDays(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		}
		long counts = System.nanoTime();
		assertThat(again).isEqualTo(working).isEqualTo(counted);
		long lookups = (long) EMPLOYEES * year.size();
		print("fresh snapshot of %d units, %d typed days built in %.1f ms", UNITS, days.size(), ms(built - started));
		print("isWorkingDay for %d employees x %d days = %,d lookups (incl. building %d unit views): %.1f ms "
				+ "(%.0f ns per lookup)", EMPLOYEES, year.size(), lookups, UNITS, ms(firstPass - built),
				(double) (firstPass - built) / lookups);
		print("the same again on the warm snapshot: %.1f ms (%.0f ns per lookup)", ms(secondPass - firstPass),
				(double) (secondPass - firstPass) / lookups);
		print("countWorkingDays(2025) for %d employees: %.1f ms", EMPLOYEES, ms(counts - secondPass));
	}

	@Test
	void currentCostsTwoSmallQueriesWhenNothingChanged() {
		for (int i = 0; i < 300; i++) {
			this.calendars.current();
		}
		int calls = 3000;
		long started = System.nanoTime();
		WorkCalendar first = this.calendars.current();
		for (int i = 1; i < calls; i++) {
			assertThat(this.calendars.current()).isSameAs(first);
		}
		long unchanged = System.nanoTime() - started;
		print("WorkCalendars.current() with nothing changed: %d calls in %.1f ms = %.0f us per call", calls,
				ms(unchanged), unchanged / 1000.0 / calls);

		long rebuild = 0;
		int rebuilds = 20;
		for (int i = 0; i < rebuilds; i++) {
			this.jdbc.sql("update calendar_revision set revision = nextval('calendar_revision_seq') where id = 1")
				.update();
			long before = System.nanoTime();
			WorkCalendar rebuilt = this.calendars.current();
			rebuild += System.nanoTime() - before;
			assertThat(rebuilt).isNotSameAs(first);
			first = rebuilt;
		}
		print("WorkCalendars.current() right after a change (reload from PostgreSQL): %.1f ms on average of %d",
				ms(rebuild) / rebuilds, rebuilds);
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static void print(String format, Object... arguments) {
		System.out.println("[calendar-performance] " + String.format(format, arguments));
	}

}
