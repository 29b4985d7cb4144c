package id.siapel.report.recap;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import id.siapel.attendance.RollCalls;
import id.siapel.attendance.Session;
import id.siapel.discipline.Standings;
import id.siapel.organization.UnitView;
import id.siapel.shared.SqlArrays;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.QueryPlans;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import lombok.extern.slf4j.Slf4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * History that grows (issue 15): a regency's sheet, a month's recap and an employee's
 * standing with one year of roll calls, then with the years before it added, and the
 * ratio. {@code attendance_record} is partitioned by year, so the ratio should stay near
 * 1 (target ≤ 1.2). The regency (OPDs of 375 people) is made through the employee import;
 * the roll calls, monthly counts and counted days are generated in SQL (about 9 in 10
 * present, late or leaving early 1 in 20, sick 3 in 100, unexcused 2 in 100, on every
 * weekday). Figures are logged, not asserted. Not run by the build:
 * {@code ./mvnw test -Dtest=HistoryGrowthBenchmark -Dbenchmark.people=15000 -Dbenchmark.years=5}.
 */
@Slf4j
@SiapelIntegrationTest
class HistoryGrowthBenchmark {

	static final int PER_OPD = 375;

	static final int LAST_YEAR = 2025;

	static final int RUNS = 15;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RollCalls rollCalls;

	@Autowired
	Recaps recaps;

	@Autowired
	Standings standings;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void sheetRecapAndStandingWithOneYearAndWithSeveral() {
		int people = Integer.getInteger("benchmark.people", 15_000);
		int years = Integer.getInteger("benchmark.years", 5);
		this.clock.set(LocalDateTime.of(LAST_YEAR, 12, 22, 9, 0));
		long start = System.nanoTime();
		List<UnitView> opds = new ArrayList<>();
		List<String> nips = new ArrayList<>();
		for (int i = 0; opds.size() * PER_OPD < people; i++) {
			UnitView opd = this.fixtures.opd("Dinas Sejarah " + i);
			opds.add(opd);
			nips.addAll(this.fixtures.employees(opd.code(), PER_OPD, LocalDate.of(LAST_YEAR - years, 1, 2)));
		}
		log.info("{} employees in {} OPDs in {} s", nips.size(), opds.size(), seconds(start));
		List<Long> opdIds = opds.stream().map(UnitView::id).toList();
		generate(opdIds, LAST_YEAR);
		double[] one = measure(opds, nips);
		String oneSheet = statements(opds);
		for (int year = LAST_YEAR - 1; year > LAST_YEAR - years; year--) {
			generate(opdIds, year);
		}
		double[] many = measure(opds, nips);
		String manySheet = statements(opds);
		long rows = this.jdbc.sql("select count(*) from attendance_record").query(Long.class).single();
		String[] names = { "sheet of 375 people (RollCalls.sheet)", "recap of one OPD, 1-17 December (Recaps.page)",
				"recap of the regency by OPD, 1-17 December (Recaps.page)",
				"employee's year day by day (Standings.yearCalendar)" };
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"%n%,d employees, %,d attendance_record rows over %d year(s); median of %d runs, ms:%n", nips.size(),
				rows, years, RUNS));
		for (int i = 0; i < names.length; i++) {
			report.append(String.format(Locale.ROOT, "  %-58s 1 year %8.2f   %d years %8.2f   ratio %.2f%n", names[i],
					one[i], years, many[i], many[i] / one[i]));
		}
		log.info(report.toString());
		log.info("Statements in the server with 1 year:{}", oneSheet);
		log.info("Statements in the server with {} years:{}", years, manySheet);
	}

	/**
	 * Where the time goes in the server: each statement of opening a sheet and of the
	 * regency's recap by OPD, its median over the runs as PostgreSQL timed it, slowest
	 * first. With partitions, only statements on tables that are not partitioned should
	 * grow with the years.
	 */
	private String statements(List<UnitView> opds) {
		LocalDate day = LocalDate.of(LAST_YEAR, 12, 17);
		LocalDate first = LocalDate.of(LAST_YEAR, 12, 1);
		UnitView opd = opds.get(opds.size() / 2);
		Map<String, List<Double>> times = new LinkedHashMap<>();
		for (int run = 0; run < RUNS; run++) {
			List<QueryPlans.Plan> plans = QueryPlans.of(this.jdbc, this.transactions,
					() -> this.fixtures.as("bkpsdm", () -> {
						this.rollCalls.sheet(opd.code(), day, Session.MORNING).entries().size();
						return this.recaps
							.page(this.recaps.criteria(RecapNumbersTests.form(null, first, day, null, null),
									RecapLevel.OPD))
							.rows()
							.size();
					}));
			for (QueryPlans.Plan plan : plans) {
				String statement = plan.sql().strip().replaceAll("\\s+", " ");
				times.computeIfAbsent(statement, (key) -> new ArrayList<>()).add(plan.milliseconds());
			}
		}
		StringBuilder lines = new StringBuilder();
		times.entrySet()
			.stream()
			.map((entry) -> Map.entry(entry.getKey(), middle(entry.getValue())))
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(8)
			.forEach((entry) -> lines.append(String.format(Locale.ROOT, "%n  %8.2f ms  %s", entry.getValue(),
					entry.getKey().substring(0, Math.min(140, entry.getKey().length())))));
		return lines.toString();
	}

	private static double middle(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/**
	 * One year of weekday roll calls of every OPD, as if every sheet had been submitted.
	 */
	private void generate(List<Long> opdIds, int year) {
		long start = System.nanoTime();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 19);
		this.jdbc.sql("select attendance_record_partition(:year)").param("year", year).query().listOfRows();
		this.transactions.executeWithoutResult((status) -> {
			generateInOneSession(opdIds, from, to);
			this.jdbc.sql("analyze").update();
		});
		log.info("Roll calls of {} generated in {} s", year, seconds(start));
	}

	/**
	 * The generated rows refer to existing employees, units and roll calls by
	 * construction: the foreign-key triggers are skipped for speed
	 * ({@code session_replication_role = replica}, a superuser's setting, as the test
	 * databases have), and the statements may run as long as they need.
	 */
	private void generateInOneSession(List<Long> opdIds, LocalDate from, LocalDate to) {
		this.jdbc.sql("""
				select set_config('session_replication_role', 'replica', true),
				    set_config('statement_timeout', '0', true)""").query().listOfRows();
		this.jdbc.sql("""
				insert into roll_call (unit_id, day, session, submitted_at, submitted_by, updated_at, updated_by)
				select u, d::date, s, d + time '08:00', 'benchmark', d + time '08:00', 'benchmark'
				from unnest(:units) u, generate_series(cast(:from as date), cast(:to as date), interval '1 day') d,
				    (values ('MORNING'), ('EVENING')) v(s)
				where extract(isodow from d) < 6""")
			.param("units", SqlArrays.bigints(opdIds))
			.param("from", from)
			.param("to", to)
			.update();
		this.jdbc.sql("""
				insert into attendance_record (employee_id, day, session, unit_id, roll_call_id, status, minutes,
				    note, source, updated_at)
				select a.employee_id, rc.day, rc.session, rc.unit_id, rc.id,
				    case when x.h < 90 then 'PRESENT'
				        when x.h < 95 then case when rc.session = 'MORNING' then 'LATE' else 'EARLY_LEAVE' end
				        when x.h < 98 then 'SICK' else 'UNEXCUSED' end,
				    case when x.h >= 90 and x.h < 95 then 1 + x.h * 7 % 60 end, null, 'MARKED', rc.submitted_at
				from roll_call rc join employee_assignment a on a.unit_id = rc.unit_id
				    cross join lateral (select (random() * 100 + 0 * a.employee_id)::integer % 100 as h) x
				where rc.unit_id = any(:units) and rc.day between :from and :to""")
			.param("units", SqlArrays.bigints(opdIds))
			.param("from", from)
			.param("to", to)
			.update();
		this.jdbc.sql("""
				insert into discipline_day (employee_id, day, unit_id, full_unexcused, minutes)
				select employee_id, day, min(unit_id), count(*) filter (where status = 'UNEXCUSED') = 2,
				    coalesce(sum(minutes), 0)
				from attendance_record where day between :from and :to and unit_id = any(:units)
				group by employee_id, day
				having count(*) filter (where status = 'UNEXCUSED') = 2 or sum(minutes) > 0""")
			.param("units", SqlArrays.bigints(opdIds))
			.param("from", from)
			.param("to", to)
			.update();
		this.jdbc.sql("""
				insert into discipline_month (employee_id, month, unit_id, full_days, minutes)
				select employee_id, date_trunc('month', day)::date, unit_id, count(*) filter (where full_unexcused),
				    sum(minutes)
				from discipline_day where day between :from and :to and unit_id = any(:units)
				group by employee_id, date_trunc('month', day), unit_id""")
			.param("units", SqlArrays.bigints(opdIds))
			.param("from", from)
			.param("to", to)
			.update();
		this.jdbc.sql("""
				insert into recap_month (employee_id, month, unit_id, present, late, early_leave, permission, sick,
				    on_leave, official_travel, study, remote, unexcused)
				select employee_id, date_trunc('month', day)::date, unit_id,
				    count(*) filter (where status = 'PRESENT'), count(*) filter (where status = 'LATE'),
				    count(*) filter (where status = 'EARLY_LEAVE'), 0, count(*) filter (where status = 'SICK'),
				    0, 0, 0, 0, count(*) filter (where status = 'UNEXCUSED')
				from attendance_record where day between :from and :to and unit_id = any(:units)
				group by employee_id, date_trunc('month', day), unit_id""")
			.param("units", SqlArrays.bigints(opdIds))
			.param("from", from)
			.param("to", to)
			.update();
	}

	private double[] measure(List<UnitView> opds, List<String> nips) {
		LocalDate day = LocalDate.of(LAST_YEAR, 12, 17);
		LocalDate first = LocalDate.of(LAST_YEAR, 12, 1);
		UnitView opd = opds.get(opds.size() / 2);
		String nip = nips.get(nips.size() / 2);
		return new double[] { median(() -> this.rollCalls.sheet(opd.code(), day, Session.MORNING).entries().size()),
				median(() -> this.recaps
					.page(this.recaps.criteria(RecapNumbersTests.form(opd.code(), first, day, null, null),
							RecapLevel.EMPLOYEE))
					.rows()
					.size()),
				median(() -> this.recaps
					.page(this.recaps.criteria(RecapNumbersTests.form(null, first, day, null, null), RecapLevel.OPD))
					.rows()
					.size()),
				median(() -> this.standings.yearCalendar(nip, LAST_YEAR).hashCode()) };
	}

	private double median(Supplier<Object> action) {
		double[] times = new double[RUNS];
		for (int i = -3; i < RUNS; i++) {
			long start = System.nanoTime();
			this.fixtures.as("bkpsdm", action);
			if (i >= 0) {
				times[i] = (System.nanoTime() - start) / 1e6;
			}
		}
		Arrays.sort(times);
		return times[RUNS / 2];
	}

	private static long seconds(long start) {
		return (System.nanoTime() - start) / 1_000_000_000L;
	}

}
