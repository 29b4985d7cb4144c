package id.siapel.discipline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.job.Jobs;
import id.siapel.organization.UnitView;
import id.siapel.shared.SqlArrays;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The recount after a rule change as a background job (issue 15): the save of a counting
 * rule dated in the past returns with the recount queued, and the job, run while sheets
 * of the same days are saved, ends with the counts a full recount gives, the new rule
 * applied to every day from its date on. Works in February 2023 and removes its version
 * afterwards, as {@link RuleSettingsTests} does.
 */
@SiapelIntegrationTest
class RuleRecountJobTests {

	static final LocalDate CHANGE = LocalDate.of(2023, 2, 10);

	static final LocalDateTime SAVED_AT = LocalDateTime.of(2023, 2, 20, 9, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DisciplineRebuild rebuild;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Jobs jobs;

	UnitView opd;

	List<String> staff;

	@BeforeEach
	void anOpdWithStaff() {
		this.clock.set(LocalDateTime.of(2023, 2, 1, 9, 0));
		this.opd = this.fixtures.opd("Dinas Hitung Ulang");
		this.staff = this.fixtures.employees(this.opd.code(), 6, LocalDate.of(2015, 1, 2));
	}

	@AfterEach
	void shippedRulesAgain() {
		this.jdbc.sql("delete from discipline_rule_set where created_by <> 'system'").update();
		this.clock.set(LocalDateTime.of(2023, 2, 28, 20, 0));
		this.transactions.executeWithoutResult((tx) -> this.rebuild.rebuild(LocalDate.of(2023, 2, 1),
				LocalDate.of(2023, 2, 28), ZonedDateTime.now(this.clock)));
		this.clock.reset();
	}

	@Test
	void aRecountJobRunWhileSheetsAreSavedEndsEqualToAFullRecount() throws Exception {
		// Before the change: single-session absences and a full day, counted with 225
		// minutes.
		for (LocalDate day : List.of(LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 13))) {
			this.clock.set(day.atTime(17, 0));
			sheet(day, Session.MORNING, this.staff.subList(0, 3), AttendanceStatus.UNEXCUSED);
			sheet(day, Session.EVENING, this.staff.subList(0, 1), AttendanceStatus.UNEXCUSED);
		}
		this.clock.set(SAVED_AT);
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc
			.perform(post("/discipline/rules/counting/new").session(hr)
				.with(csrf())
				.param("effectiveFrom", CHANGE.toString())
				.param("singleSessionMinutes", "240")
				.param("minutesPerDay", "450")
				.param("earlyWarningStreak", "3")
				.param("legalBasis", "Perbup Uji 9/2023")
				.param("confirmPast", "true"))
			.andExpect(redirectedUrl("/discipline/rules"))
			.andExpect(flash().attribute("jobQueued", org.hamcrest.Matchers.notNullValue()));
		// Not counted yet: the save did not wait for the recount.
		assertThat(minutes(this.staff.get(1), LocalDate.of(2023, 2, 13))).isEqualTo(225);
		// The job and BKPSDM's corrections of the same days, at the same time.
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Future<Integer> job = pool.submit(() -> {
				start.await();
				return this.jobs.runPendingNow();
			});
			Future<?> saves = pool.submit(() -> {
				start.await();
				for (LocalDate day : List.of(LocalDate.of(2023, 2, 14), LocalDate.of(2023, 2, 15),
						LocalDate.of(2023, 2, 16), LocalDate.of(2023, 2, 13), LocalDate.of(2023, 2, 6))) {
					sheet(day, Session.MORNING, this.staff.subList(2, 6), AttendanceStatus.UNEXCUSED);
					sheet(day, Session.EVENING, this.staff.subList(4, 6), AttendanceStatus.UNEXCUSED);
				}
				return null;
			});
			start.countDown();
			saves.get(3, TimeUnit.MINUTES);
			assertThat(job.get(3, TimeUnit.MINUTES)).isPositive();
		}
		finally {
			pool.shutdownNow();
		}
		Map<String, String> kept = counts();
		// The new rule from its date on, the old one before.
		assertThat(minutes(this.staff.get(1), LocalDate.of(2023, 2, 13))).isEqualTo(240);
		assertThat(minutes(this.staff.get(1), LocalDate.of(2023, 2, 6))).isEqualTo(225);
		assertThat(minutes(this.staff.get(3), LocalDate.of(2023, 2, 14))).isEqualTo(240);
		this.transactions.executeWithoutResult((tx) -> this.rebuild.rebuild(LocalDate.of(2023, 2, 1),
				SAVED_AT.toLocalDate(), SAVED_AT.atZone(this.clock.getZone())));
		assertThat(kept).isEqualTo(counts()).isNotEmpty();
		this.mvc.perform(get("/jobs").session(hr)).andExpect(content().string(containsString("Selesai")));
	}

	private void sheet(LocalDate day, Session session, List<String> nips, AttendanceStatus status) {
		List<SubmitRollCall.Mark> marks = new ArrayList<>();
		for (String nip : nips) {
			marks.add(new SubmitRollCall.Mark(nip, status, null, null, null));
		}
		this.fixtures.as("bkpsdm", () -> this.marking
			.submit(new SubmitRollCall(this.opd.code(), day, session, null, "Koreksi BKPSDM atas laporan OPD", marks)));
	}

	private Integer minutes(String nip, LocalDate day) {
		return this.jdbc
			.sql("select d.minutes from discipline_day d join employee e on e.id = d.employee_id "
					+ "where e.nip = :nip and d.day = :day")
			.param("nip", nip)
			.param("day", day)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The counted days and years of the OPD's staff (flags are left out: a flag raised
	 * for a run as it was on one day stays open, by design, when the run grows later).
	 */
	private Map<String, String> counts() {
		List<Long> ids = this.jdbc.sql("select id from employee where nip in (:nips)")
			.param("nips", this.staff)
			.query(Long.class)
			.list();
		Map<String, String> counts = new HashMap<>();
		this.jdbc
			.sql("select employee_id, day, full_unexcused, minutes from discipline_day where employee_id = any(:ids)")
			.param("ids", SqlArrays.bigints(ids))
			.query((rs) -> {
				counts.put("day " + rs.getLong(1) + " " + rs.getObject(2), rs.getBoolean(3) + " " + rs.getInt(4));
			});
		this.jdbc.sql("""
				select employee_id, year, unexcused_days, late_minutes, longest_streak, last_counted_day
				from discipline_year where employee_id = any(:ids)""")
			.param("ids", SqlArrays.bigints(ids))
			.query((rs) -> {
				counts.put("year " + rs.getLong(1) + " " + rs.getInt(2),
						rs.getInt(3) + " " + rs.getInt(4) + " " + rs.getInt(5) + " " + rs.getObject(6));
			});
		return counts;
	}

}
