package id.siapel.discipline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.job.Jobs;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The counting-rules settings page (product.md §2, "rules are data with an effective date
 * … chosen by the date of the absence"): a new version of the single-session minutes
 * changes the standing for absences from its date on, counted again by a background job
 * queued by the save; a used version stays; a future one can be changed and deleted, a
 * stale form is a conflict; a unit head may not see the page. Works in February 2023 and
 * removes its versions after each test, so that the shipped rules hold for every other
 * test class.
 */
@SiapelIntegrationTest
class RuleSettingsTests {

	static final String HEAD_PASSWORD = "kepala-aturan-uji";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DisciplineRebuild rebuild;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Jobs jobs;

	UnitView opd;

	String nip;

	String head;

	@BeforeEach
	void anOpdWithAnEmployee() {
		this.clock.set(LocalDateTime.of(2023, 2, 1, 9, 0));
		this.opd = this.fixtures.opd("Dinas Aturan Uji");
		this.nip = this.fixtures.employee(this.opd.code(), "Hadi Purnomo", LocalDate.of(2015, 1, 2));
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(
				new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Aturan", Set.of(Role.UNIT_HEAD), this.opd.code()));
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
	void singleSessionMinutesFrom240CountForAbsencesFromTheEffectiveDateOnAndAreCountedAgainAtOnce() throws Exception {
		singleSession(LocalDate.of(2023, 2, 7));
		singleSession(LocalDate.of(2023, 2, 14));
		this.clock.set(LocalDateTime.of(2023, 2, 20, 9, 0));
		standing().andExpect(jsonPath("$.lateMinutes").value(450));
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(get("/discipline/rules").session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("225 menit")))
			.andExpect(content().string(containsString("Sudah dipakai")));
		// A past effective date needs the confirmation: nothing saved without it.
		counting(hr, "2023-02-10", "240", false).andExpect(status().isOk())
			.andExpect(content().string(containsString("centang konfirmasi")));
		assertThat(versions()).isEqualTo(1);
		counting(hr, "2023-02-10", "240", true).andExpect(redirectedUrl("/discipline/rules"))
			.andExpect(flash().attribute("success", "discipline.rules.saved"))
			.andExpect(flash().attribute("jobQueued", org.hamcrest.Matchers.notNullValue()));
		// The save returned before the recount (issue 15): a background job counts the
		// days again.
		standing().andExpect(jsonPath("$.lateMinutes").value(450));
		assertThat(this.jobs.runPendingNow()).isPositive();
		// 7 February: 225 (rules of 2021); 14 February: 240 (the new version).
		standing().andExpect(jsonPath("$.lateMinutes").value(465)).andExpect(jsonPath("$.convertedDays").value(1));
		long id = idFrom("2023-02-10");
		this.mvc
			.perform(post("/discipline/rules/counting/{id}/delete", id).session(hr).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/discipline/rules"))
			.andExpect(flash().attribute("warning", "discipline.rules.locked"));
		assertThat(versions()).isEqualTo(2);
		this.mvc
			.perform(get("/admin/audit").param("action", "DISCIPLINE_RULES_ADDED")
				.session(Logins.loginAsDemo(this.mvc, "admin")))
			.andExpect(content().string(containsString("single session 240 min")));
	}

	@Test
	void aFutureVersionCanBeChangedAndDeletedAndAStaleFormIsAConflict() throws Exception {
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		counting(hr, "2023-03-01", "230", false).andExpect(redirectedUrl("/discipline/rules"));
		long id = idFrom("2023-03-01");
		this.mvc.perform(get("/discipline/rules/counting/{id}/edit", id).session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"230\"")));
		this.mvc
			.perform(post("/discipline/rules/counting/{id}/edit", id).session(hr)
				.with(csrf())
				.param("effectiveFrom", "2023-03-01")
				.param("singleSessionMinutes", "235")
				.param("minutesPerDay", "450")
				.param("earlyWarningStreak", "3")
				.param("legalBasis", "Perbup Uji 2/2023")
				.param("version", "0"))
			.andExpect(redirectedUrl("/discipline/rules"));
		// Someone else's form, opened before that save.
		this.mvc
			.perform(post("/discipline/rules/counting/{id}/edit", id).session(hr)
				.with(csrf())
				.param("effectiveFrom", "2023-03-01")
				.param("singleSessionMinutes", "250")
				.param("minutesPerDay", "450")
				.param("earlyWarningStreak", "3")
				.param("legalBasis", "Perbup Uji 2/2023")
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Data sudah diubah orang lain")));
		assertThat(this.jdbc.sql("select single_session_minutes from discipline_rule_set where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(235);
		// Bad input: form errors, never a 500.
		this.mvc
			.perform(post("/discipline/rules/counting/new").session(hr)
				.with(csrf())
				.param("effectiveFrom", "2023-03-01")
				.param("singleSessionMinutes", "abc")
				.param("minutesPerDay", "0")
				.param("legalBasis", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi angka bulat.")));
		this.mvc
			.perform(post("/discipline/rules/counting/new").session(hr)
				.with(csrf())
				.param("effectiveFrom", "2023-03-01")
				.param("singleSessionMinutes", "500")
				.param("minutesPerDay", "0")
				.param("earlyWarningStreak", "3")
				.param("legalBasis", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sudah ada versi yang berlaku mulai 2023-03-01")))
			.andExpect(content().string(containsString("Isi angka 0 sampai 480.")))
			.andExpect(content().string(containsString("Isi dasar hukum.")));
		this.mvc
			.perform(post("/discipline/rules/counting/{id}/delete", id).session(hr).with(csrf()).param("version", "1"))
			.andExpect(redirectedUrl("/discipline/rules"))
			.andExpect(flash().attribute("success", "discipline.rules.deleted"));
		assertThat(versions()).isEqualTo(1);
	}

	@Test
	void aUnitHeadMayNotSeeOrChangeTheRules() throws Exception {
		MockHttpSession head = Logins.login(this.mvc, this.head, HEAD_PASSWORD);
		for (String page : List.of("/discipline/rules", "/discipline/rules/counting/new", "/discipline/rules/ladders",
				"/discipline/rules/ladders/pppk/new", "/discipline/rules/non-asn/new")) {
			this.mvc.perform(get(page).session(head)).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/discipline/rules/counting/new").session(head)
				.with(csrf())
				.param("effectiveFrom", "2023-03-01")
				.param("singleSessionMinutes", "10")
				.param("minutesPerDay", "450")
				.param("earlyWarningStreak", "3")
				.param("legalBasis", "Tidak boleh"))
			.andExpect(status().isForbidden());
		assertThat(versions()).isEqualTo(1);
		this.mvc.perform(get("/").session(head))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/discipline/rules"))));
	}

	private ResultActions counting(MockHttpSession session, String from, String single, boolean confirm)
			throws Exception {
		return this.mvc.perform(post("/discipline/rules/counting/new").session(session)
			.with(csrf())
			.param("effectiveFrom", from)
			.param("singleSessionMinutes", single)
			.param("minutesPerDay", "450")
			.param("earlyWarningStreak", "3")
			.param("legalBasis", "Perbup Uji 1/2023 tentang Disiplin")
			.param("confirmPast", String.valueOf(confirm)));
	}

	private int versions() {
		return this.jdbc.sql("select count(*) from discipline_rule_set").query(Integer.class).single();
	}

	private long idFrom(String day) {
		return this.jdbc.sql("select id from discipline_rule_set where effective_from = :day")
			.param("day", LocalDate.parse(day))
			.query(Long.class)
			.single();
	}

	/** Unexcused at apel pagi, present at apel sore. */
	private void singleSession(LocalDate day) {
		this.clock.set(day.atTime(17, 0));
		this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(this.opd.code(), day, Session.MORNING,
				null, null, List.of(new SubmitRollCall.Mark(this.nip, AttendanceStatus.UNEXCUSED, null, null, null)))));
		this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(this.opd.code(), day, Session.EVENING,
				null, null, List.of(new SubmitRollCall.Mark(this.nip, AttendanceStatus.PRESENT, null, null, null)))));
	}

	private ResultActions standing() throws Exception {
		return this.mvc.perform(get("/api/v1/discipline/{nip}", this.nip).param("year", "2023")
			.with(httpBasic("bkpsdm", DEMO_PASSWORD)));
	}

}
