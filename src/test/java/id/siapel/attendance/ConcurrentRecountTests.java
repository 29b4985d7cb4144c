package id.siapel.attendance;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.shared.SqlArrays;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept-current totals under concurrency (issue 12): in every round eight requests go
 * to a real server at once for the same people — the OPD head and the head of its bidang
 * submitting the morning and the evening sheet of the same, never submitted, day (the
 * OPD's sheet covers the bidang's staff), BKPSDM correcting the day before, and two leave
 * registrations over days being written. Afterwards no request failed (no 409 and no 500
 * without a version given), no mark and no registered leave was lost, and
 * {@code discipline_day}, {@code discipline_month}, {@code discipline_year} and
 * {@code recap_month} equal a full recount from the records made here, independently of
 * the code that keeps them.
 */
@SiapelServerTest
class ConcurrentRecountTests {

	static final String PASSWORD = "kepala-serentak-uji";

	/** Consecutive working days of 2025 without holidays; round r writes day r+1. */
	static final List<LocalDate> DAYS = List.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4),
			LocalDate.of(2025, 2, 5), LocalDate.of(2025, 2, 6), LocalDate.of(2025, 2, 7), LocalDate.of(2025, 2, 10),
			LocalDate.of(2025, 2, 11));

	static final int ROUNDS = DAYS.size() - 1;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkCalendars calendars;

	UnitView opd;

	UnitView division;

	String opdHead;

	String divisionHead;

	/** In the OPD: full unexcused days, lateness, corrected by BKPSDM, on leave. */
	String p1;

	String p2;

	String p3;

	String l1;

	/** In the bidang: full unexcused days, lateness, early leave, on leave. */
	String c1;

	String c2;

	String c3;

	String l2;

	@BeforeEach
	void firstDayEvening() {
		this.clock.set(DAYS.get(0).atTime(19, 0));
	}

	void anOpdWithABidangTheirHeadsAndStaff() {
		this.opd = this.fixtures.opd("Dinas Serentak");
		this.division = this.fixtures.unit(this.opd.code(), "Bidang Serentak", UnitKind.DIVISION);
		LocalDate since = LocalDate.of(2024, 1, 2);
		List<String> inOpd = this.fixtures.employees(this.opd.code(), 15, since);
		List<String> inDivision = this.fixtures.employees(this.division.code(), 15, since);
		this.p1 = inOpd.get(0);
		this.p2 = inOpd.get(1);
		this.p3 = inOpd.get(2);
		this.l1 = inOpd.get(3);
		this.c1 = inDivision.get(0);
		this.c2 = inDivision.get(1);
		this.c3 = inDivision.get(2);
		this.l2 = inDivision.get(3);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.opdHead = "kepala-opd-" + suffix;
		this.divisionHead = "kepala-bidang-" + suffix;
		this.accounts.create(
				new NewUser(this.opdHead, PASSWORD, "Kepala Dinas Serentak", Set.of(Role.UNIT_HEAD), this.opd.code()));
		this.accounts.create(new NewUser(this.divisionHead, PASSWORD, "Kepala Bidang Serentak", Set.of(Role.UNIT_HEAD),
				this.division.code()));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void simultaneousSavesOfTheSamePeopleLoseNothingAndKeepTheTotalsEqualToAFullRecount() throws Exception {
		anOpdWithABidangTheirHeadsAndStaff();
		List<String> failures = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				LocalDate day = DAYS.get(round + 1);
				LocalDate before = DAYS.get(round);
				this.clock.set(day.atTime(19, 0));
				List<Callable<Outcome>> requests = List.of(
						() -> put(this.divisionHead, this.division, day, "MORNING",
								mark(this.c1, "UNEXCUSED", null) + "," + mark(this.c2, "LATE", 30)),
						() -> put(this.divisionHead, this.division, day, "EVENING",
								mark(this.c1, "UNEXCUSED", null) + "," + mark(this.c3, "EARLY_LEAVE", 45)),
						() -> put(this.opdHead, this.opd, day, "MORNING",
								mark(this.p1, "UNEXCUSED", null) + "," + mark(this.p2, "LATE", 15)),
						() -> put(this.opdHead, this.opd, day, "EVENING", mark(this.p1, "UNEXCUSED", null)),
						() -> put("bkpsdm", this.opd, before, "MORNING", mark(this.p3, "UNEXCUSED", null)),
						() -> put("bkpsdm", this.opd, before, "EVENING", mark(this.p3, "UNEXCUSED", null)),
						() -> leave(this.l1, "SICK", day), () -> leave(this.l2, "PERMISSION", before));
				for (Outcome done : atOnce(pool, requests)) {
					if (done.status() != 200 && done.status() != 201) {
						failures.add(day + " " + done.what() + ": " + done.status() + " " + done.body());
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(failures).as("requests that failed").isEmpty();
		Map<String, Long> ids = ids();
		Map<String, String> records = records(ids.values());
		softly.assertThat(records).as("records").containsAllEntriesOf(expectedRecords());
		softly.assertThat(keptRecap(ids.values())).as("recap_month").isEqualTo(recountedRecap(ids.values()));
		Map<String, String> days = recountedDays(ids.values());
		softly.assertThat(keptDays(ids.values())).as("discipline_day").isEqualTo(days);
		softly.assertThat(keptYears(ids.values())).as("discipline_year").isEqualTo(recountedYears(ids.values()));
		softly.assertThat(keptMonths(ids.values())).as("discipline_month").isEqualTo(recountedMonths(ids.values()));
		softly.assertAll();
	}

	/**
	 * A sheet nobody is on that day has nobody to lock: saves creating it at once wait
	 * for each other on its key instead of failing on it. Without a version each save
	 * goes through; with version 0 (never submitted) only the first does, the others
	 * really are stale.
	 */
	@Test
	void simultaneousFirstSavesOfASheetNobodyIsOnConflictOnlyOverAVersion() throws Exception {
		UnitView empty = this.fixtures.opd("Dinas Tanpa Pegawai");
		LocalDate day = DAYS.get(0);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Outcome>> withoutVersion = new ArrayList<>();
			List<Callable<Outcome>> fromVersion0 = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				withoutVersion.add(() -> put("bkpsdm", empty, day, "MORNING", ""));
				fromVersion0.add(() -> sheet("bkpsdm", empty, day, "EVENING", "{\"version\": 0, \"records\": []}"));
			}
			List<Integer> statuses = atOnce(pool, withoutVersion).stream().map(Outcome::status).toList();
			assertThat(statuses).containsOnly(200);
			assertThat(version(empty, day, "MORNING")).isEqualTo(8);
			statuses = atOnce(pool, fromVersion0).stream().map(Outcome::status).toList();
			assertThat(statuses).containsOnly(200, 409).filteredOn((status) -> status == 200).hasSize(1);
			assertThat(version(empty, day, "EVENING")).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Starts the requests at the same moment and waits for all of them. */
	private static List<Outcome> atOnce(ExecutorService pool, List<Callable<Outcome>> requests) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Outcome>> running = new ArrayList<>();
		for (Callable<Outcome> request : requests) {
			running.add(pool.submit(() -> {
				start.await();
				return request.call();
			}));
		}
		start.countDown();
		List<Outcome> outcomes = new ArrayList<>();
		for (Future<Outcome> outcome : running) {
			outcomes.add(outcome.get(120, TimeUnit.SECONDS));
		}
		return outcomes;
	}

	private long version(UnitView unit, LocalDate day, String session) {
		return this.jdbc
			.sql("select version from roll_call where unit_id = :unit and day = :day and session = :session")
			.param("unit", unit.id())
			.param("day", day)
			.param("session", session)
			.query(Long.class)
			.single();
	}

	/** What every line of the script must read in the end, whatever order it ran in. */
	private Map<String, String> expectedRecords() {
		Map<String, String> expected = new LinkedHashMap<>();
		for (int r = 1; r <= ROUNDS; r++) {
			LocalDate day = DAYS.get(r);
			expected.put(key(this.c1, day, "MORNING"), "UNEXCUSED null MARKED");
			expected.put(key(this.c1, day, "EVENING"), "UNEXCUSED null MARKED");
			expected.put(key(this.c2, day, "MORNING"), "LATE 30 MARKED");
			expected.put(key(this.c3, day, "EVENING"), "EARLY_LEAVE 45 MARKED");
			expected.put(key(this.p1, day, "MORNING"), "UNEXCUSED null MARKED");
			expected.put(key(this.p1, day, "EVENING"), "UNEXCUSED null MARKED");
			expected.put(key(this.p2, day, "MORNING"), "LATE 15 MARKED");
			expected.put(key(this.l1, day, "MORNING"), "SICK null LEAVE");
			expected.put(key(this.l1, day, "EVENING"), "SICK null LEAVE");
		}
		for (int r = 0; r < ROUNDS; r++) {
			LocalDate day = DAYS.get(r);
			expected.put(key(this.p3, day, "MORNING"), "UNEXCUSED null MARKED");
			expected.put(key(this.p3, day, "EVENING"), "UNEXCUSED null MARKED");
			expected.put(key(this.l2, day, "MORNING"), "PERMISSION null LEAVE");
			expected.put(key(this.l2, day, "EVENING"), "PERMISSION null LEAVE");
		}
		return expected;
	}

	private Outcome put(String user, UnitView unit, LocalDate day, String session, String marks) throws Exception {
		return sheet(user, unit, day, session, "{\"records\": [" + marks + "]}");
	}

	private Outcome sheet(String user, UnitView unit, LocalDate day, String session, String json) throws Exception {
		String password = user.equals("bkpsdm") ? DEMO_PASSWORD : PASSWORD;
		HttpResponse<String> response = new HttpUser("http://localhost:" + this.port).putWithBasic(
				"/api/v1/roll-calls/" + unit.code() + "/" + day + "/" + session, user, password, "application/json",
				json);
		return new Outcome("PUT " + unit.code() + " " + session + " as " + user, response.statusCode(),
				response.body());
	}

	private Outcome leave(String nip, String type, LocalDate day) throws Exception {
		HttpResponse<String> response = new HttpUser("http://localhost:" + this.port)
			.postWithBasic("/api/v1/leaves", "bkpsdm", DEMO_PASSWORD, "application/json", """
					{"nip": "%s", "type": "%s", "startDate": "%s", "endDate": "%s"}""".formatted(nip, type, day, day));
		return new Outcome("leave " + type + " " + nip, response.statusCode(), response.body());
	}

	private static String mark(String nip, String status, Integer minutes) {
		return "{\"nip\": \"%s\", \"status\": \"%s\"%s}".formatted(nip, status,
				(minutes != null) ? ", \"minutes\": " + minutes : "");
	}

	private Map<String, Long> ids() {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("""
				select e.nip, e.id from employee e join employee_assignment a on a.employee_id = e.id
				where a.unit_id in (:units)""")
			.param("units", List.of(this.opd.id(), this.division.id()))
			.query((rs) -> {
				ids.put(rs.getString("nip"), rs.getLong("id"));
			});
		return ids;
	}

	private static String key(String nip, LocalDate day, String session) {
		return nip + " " + day + " " + session;
	}

	private Map<String, String> records(Collection<Long> ids) {
		Map<String, String> records = new HashMap<>();
		this.jdbc.sql("""
				select e.nip, r.day, r.session, r.status, r.minutes, r.source
				from attendance_record r join employee e on e.id = r.employee_id where r.employee_id = any(:ids)""")
			.param("ids", SqlArrays.bigints(ids))
			.query((rs) -> {
				records.put(key(rs.getString("nip"), rs.getObject("day", LocalDate.class), rs.getString("session")),
						rs.getString("status") + " " + rs.getObject("minutes") + " " + rs.getString("source"));
			});
		return records;
	}

	/** recap_month as kept, one line per employee, month and unit. */
	private Map<String, String> keptRecap(Collection<Long> ids) {
		return lines("""
				select employee_id || ' ' || month || ' ' || unit_id,
				    concat_ws(' ', present, late, early_leave, permission, sick, on_leave, official_travel, study,
				        remote, unexcused)
				from recap_month where employee_id = any(:ids)""", ids);
	}

	/** The same counted from the records. */
	private Map<String, String> recountedRecap(Collection<Long> ids) {
		return lines("""
				select employee_id || ' ' || date_trunc('month', day)::date || ' ' || unit_id,
				    concat_ws(' ', count(*) filter (where status = 'PRESENT'), count(*) filter (where status = 'LATE'),
				        count(*) filter (where status = 'EARLY_LEAVE'), count(*) filter (where status = 'PERMISSION'),
				        count(*) filter (where status = 'SICK'), count(*) filter (where status = 'LEAVE'),
				        count(*) filter (where status = 'OFFICIAL_TRAVEL'), count(*) filter (where status = 'STUDY'),
				        count(*) filter (where status = 'REMOTE'), count(*) filter (where status = 'UNEXCUSED'))
				from attendance_record where employee_id = any(:ids)
				group by employee_id, date_trunc('month', day), unit_id""", ids);
	}

	private Map<String, String> keptDays(Collection<Long> ids) {
		return lines("""
				select employee_id || ' ' || day, full_unexcused || ' ' || minutes
				from discipline_day where employee_id = any(:ids)""", ids);
	}

	/**
	 * Each day counted from its two records (PP 94/2021, Perban BKN 6/2022): TK at both
	 * roll calls is a full day; TK at one counts the single-session minutes of the rules
	 * in force that day; lateness and early leave add their minutes.
	 */
	private Map<String, String> recountedDays(Collection<Long> ids) {
		return lines(
				"""
						select d.employee_id || ' ' || d.day, (d.tk = 2) || ' ' ||
						    case when d.tk = 2 then 0 else d.late + case when d.tk = 1 then s.single_session_minutes else 0 end end
						from (
						    select employee_id, day, count(*) filter (where status = 'UNEXCUSED') as tk,
						        coalesce(sum(minutes) filter (where status in ('LATE', 'EARLY_LEAVE')), 0) as late
						    from attendance_record where employee_id = any(:ids) group by employee_id, day) d
						cross join lateral (select single_session_minutes from discipline_rule_set
						    where effective_from <= d.day order by effective_from desc limit 1) s
						where d.tk > 0 or d.late > 0""",
				ids);
	}

	/** discipline_month as kept, one line per employee, month and unit. */
	private Map<String, String> keptMonths(Collection<Long> ids) {
		return lines("""
				select employee_id || ' ' || month || ' ' || unit_id, full_days || ' ' || minutes
				from discipline_month where employee_id = any(:ids)""", ids);
	}

	/** The days of {@link #recountedDays} summed per employee, month and unit. */
	private Map<String, String> recountedMonths(Collection<Long> ids) {
		return lines(
				"""
						select d.employee_id || ' ' || date_trunc('month', d.day)::date || ' ' || d.unit_id,
						    count(*) filter (where d.tk = 2) || ' ' ||
						    sum(case when d.tk = 2 then 0 else d.late + case when d.tk = 1 then s.single_session_minutes else 0 end end)
						from (
						    select employee_id, day, max(unit_id) as unit_id, count(*) filter (where status = 'UNEXCUSED') as tk,
						        coalesce(sum(minutes) filter (where status in ('LATE', 'EARLY_LEAVE')), 0) as late
						    from attendance_record where employee_id = any(:ids) group by employee_id, day) d
						cross join lateral (select single_session_minutes from discipline_rule_set
						    where effective_from <= d.day order by effective_from desc limit 1) s
						where d.tk > 0 or d.late > 0
						group by d.employee_id, date_trunc('month', d.day), d.unit_id""",
				ids);
	}

	private Map<String, String> keptYears(Collection<Long> ids) {
		Map<String, String> kept = lines("""
				select employee_id || ' ' || year,
				    concat_ws(' ', unexcused_days, late_minutes, longest_streak, coalesce(last_counted_day::text, '-'))
				from discipline_year where employee_id = any(:ids)""", ids);
		kept.values().removeIf("0 0 0 -"::equals);
		return kept;
	}

	/**
	 * Totals, last counted day and longest run of full unexcused working days of each
	 * employee's year, from the records.
	 */
	private Map<String, String> recountedYears(Collection<Long> ids) {
		Map<String, TreeSet<LocalDate>> fullDays = new HashMap<>();
		Map<String, Long> units = new HashMap<>();
		Map<String, String> years = lines("""
				select d.employee_id || ' ' || extract(year from d.day)::int,
				    concat_ws(' ', count(*) filter (where d.tk = 2),
				        sum(case when d.tk = 2 then 0 else d.late + case when d.tk = 1 then s.single_session_minutes
				            else 0 end end), '%s', max(d.day))
				from (
				    select employee_id, day, count(*) filter (where status = 'UNEXCUSED') as tk,
				        coalesce(sum(minutes) filter (where status in ('LATE', 'EARLY_LEAVE')), 0) as late
				    from attendance_record where employee_id = any(:ids) group by employee_id, day) d
				cross join lateral (select single_session_minutes from discipline_rule_set
				    where effective_from <= d.day order by effective_from desc limit 1) s
				where d.tk > 0 or d.late > 0
				group by d.employee_id, extract(year from d.day)""", ids);
		this.jdbc.sql("""
				select employee_id, day, max(unit_id) as unit_id from attendance_record
				where employee_id = any(:ids) and status = 'UNEXCUSED'
				group by employee_id, day having count(*) = 2""").param("ids", SqlArrays.bigints(ids)).query((rs) -> {
			LocalDate day = rs.getObject("day", LocalDate.class);
			String key = rs.getLong("employee_id") + " " + day.getYear();
			fullDays.computeIfAbsent(key, (k) -> new TreeSet<>()).add(day);
			units.put(key, rs.getLong("unit_id"));
		});
		WorkCalendar calendar = this.calendars.current();
		years.replaceAll((key, line) -> {
			int longest = 0;
			int run = 0;
			LocalDate expectedNext = null;
			for (LocalDate day : fullDays.getOrDefault(key, new TreeSet<>())) {
				run = day.equals(expectedNext) ? run + 1 : 1;
				longest = Math.max(longest, run);
				expectedNext = calendar.forUnit(units.get(key)).nextWorkingDay(day);
			}
			return line.replace("%s", String.valueOf(longest));
		});
		return years;
	}

	private Map<String, String> lines(String sql, Collection<Long> ids) {
		Map<String, String> lines = new TreeMap<>();
		this.jdbc.sql(sql).param("ids", SqlArrays.bigints(ids)).query((rs) -> {
			lines.put(rs.getString(1), rs.getString(2));
		});
		return lines;
	}

	private record Outcome(String what, int status, String body) {
	}

}
