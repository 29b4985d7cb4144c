package id.siapel.discipline.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.discipline.DecidedCaseView;
import id.siapel.discipline.SanctionCases;
import id.siapel.employee.EmployeeInput;
import id.siapel.employee.EmployeeService;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.PersonName;
import id.siapel.employee.PositionKind;
import id.siapel.employee.Sex;
import id.siapel.organization.UnitView;
import id.siapel.shared.RuleViolationException;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules of a case beyond its order of steps: the sanction comes from the employee's
 * own ladder (PNS or PPPK) and keeps the recommendation's wording; a sanction takes
 * effect no earlier than its decree; the absence violation is recognised however it is
 * typed; cancelling a heavier decree brings back the lighter one it replaced; two users
 * opening the same case at once get a clear refusal.
 */
@SiapelIntegrationTest
class CaseRulesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	EmployeeService employees;

	@Autowired
	SanctionCaseService service;

	@Autowired
	SanctionCases sanctionCases;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	UnitView opd;

	@BeforeEach
	void anOpd() {
		this.clock.set(LocalDateTime.of(2025, 1, 2, 9, 0));
		this.opd = this.fixtures.opd("Dinas Aturan Kasus");
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theSanctionComesFromTheEmployeesOwnLadder() throws Exception {
		this.clock.set(LocalDateTime.of(2025, 6, 16, 10, 0));
		String pppk = pppk("Rina Kartika");
		String pns = this.fixtures.employee(this.opd.code(), "Joko Santoso", LocalDate.of(2015, 1, 2));

		// A PPPK cannot be proposed a PNS's demotion…
		open(pppk, "DEMOTION_12_MONTHS").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sanction"))
			.andExpect(jsonPath("$.errors[0].message", containsString("tidak ada dalam jenjang")));
		// …and his reprimand rests on PP 49/2018, not on the PNS's article.
		long id = id(open(pppk, "WRITTEN_REPRIMAND").andExpect(status().isCreated())
			.andExpect(jsonPath("$.legalBasis", startsWith("PP 49/2018"))));
		toExamined(id);
		decide(id, "DEMOTION_12_MONTHS", "2025-06-16", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sanction"))
			.andExpect(jsonPath("$.errors[0].message", containsString("tidak ada dalam jenjang")));
		// The postponed increment of one year ends after a year, with PP 49/2018's basis.
		decide(id, "SALARY_INCREMENT_POSTPONED_1_YEAR", "2025-07-01", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.sanctionLabel").value("Penundaan kenaikan gaji berkala selama 1 tahun"))
			.andExpect(jsonPath("$.legalBasis", startsWith("PP 49/2018")))
			.andExpect(jsonPath("$.effectiveTo").value("2026-06-30"));

		// A PNS cannot be given the PPPK's contract termination.
		long other = id(open(pns, null).andExpect(status().isCreated()));
		toExamined(other);
		decide(other, "CONTRACT_TERMINATION", "2025-06-16", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sanction"));
	}

	@Test
	void aSanctionTakesEffectNoEarlierThanItsDecree() throws Exception {
		this.clock.set(LocalDateTime.of(2025, 6, 16, 10, 0));
		String pns = this.fixtures.employee(this.opd.code(), "Hendra Wijaya", LocalDate.of(2015, 1, 2));
		long id = id(open(pns, null).andExpect(status().isCreated()));
		toExamined(id);
		decide(id, "WRITTEN_REPRIMAND", "2025-06-13", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
			.andExpect(jsonPath("$.errors[0].message", containsString("tanggal SK")));
		decide(id, "ALLOWANCE_CUT_6_MONTHS", "2025-07-01", "2025-06-30").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveTo"));
		decide(id, "WRITTEN_REPRIMAND", "2025-06-16", null).andExpect(status().isOk());
	}

	@Test
	void tenConsecutiveDaysKeepTheirOwnArticleAndTheViolationIsRecognisedHoweverTyped() throws Exception {
		String pns = this.fixtures.employee(this.opd.code(), "Bagus Saputra", LocalDate.of(2015, 1, 2));
		for (String day : List.of("2025-02-03", "2025-02-04", "2025-02-05", "2025-02-06", "2025-02-07", "2025-02-10",
				"2025-02-11", "2025-02-12", "2025-02-13", "2025-02-14")) {
			unexcused(pns, LocalDate.parse(day));
		}
		this.clock.set(LocalDateTime.of(2025, 3, 3, 9, 0));
		long id = id(openAbsence(pns, "UNEXCUSED_ABSENCE ").andExpect(status().isCreated())
			.andExpect(jsonPath("$.violationKind").value("UNEXCUSED_ABSENCE"))
			.andExpect(jsonPath("$.sanction").value("DISMISSAL"))
			.andExpect(jsonPath("$.legalBasis", containsString("angka 4"))));
		// One violation, one case, however it is typed.
		openAbsence(pns, "unexcused_absence").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("sudah diproses")));
		move(id, "{\"to\": \"SUMMONED\", \"date\": \"2025-03-03\", \"summonsNumber\": \"800/7\"}")
			.andExpect(status().isOk());
		move(id, "{\"to\": \"EXAMINED\", \"date\": \"2025-03-03\", \"examiner\": \"Tim\", \"team\": true}")
			.andExpect(status().isOk());
		move(id, """
				{"to": "DECIDED", "date": "2025-03-03", "decreeNumber": "800/70/2025", "authority": "Bupati",
				 "sanction": "DISMISSAL", "effectiveFrom": "2025-04-01"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.legalBasis", containsString("Pasal 11 ayat (2) huruf d angka 4")))
			.andExpect(jsonPath("$.sanctionLabel", containsString("berturut-turut")));
	}

	@Test
	void cancellingTheHeavierDecreeBringsBackTheLighterOne() throws Exception {
		String pns = this.fixtures.employee(this.opd.code(), "Wawan Setiawan", LocalDate.of(2015, 1, 2));
		for (String day : List.of("2025-02-03", "2025-02-04", "2025-02-05", "2025-02-06")) {
			unexcused(pns, LocalDate.parse(day));
		}
		this.clock.set(LocalDateTime.of(2025, 3, 3, 9, 0));
		long first = id(openAbsence(pns, "UNEXCUSED_ABSENCE").andExpect(status().isCreated()));
		move(first, "{\"to\": \"SUMMONED\", \"date\": \"2025-03-03\", \"summonsNumber\": \"800/8\"}")
			.andExpect(status().isOk());
		move(first, "{\"to\": \"EXAMINED\", \"date\": \"2025-03-03\", \"examiner\": \"Kabid\"}")
			.andExpect(status().isOk());
		move(first, """
				{"to": "DECIDED", "date": "2025-03-03", "decreeNumber": "800/81/2025", "authority": "Kepala Dinas",
				 "sanction": "WRITTEN_REPRIMAND", "effectiveFrom": "2025-03-04"}""").andExpect(status().isOk());
		for (String day : List.of("2025-03-17", "2025-03-18", "2025-03-19", "2025-03-20", "2025-03-21", "2025-03-24",
				"2025-03-25")) {
			unexcused(pns, LocalDate.parse(day));
		}
		this.clock.set(LocalDateTime.of(2025, 4, 14, 9, 0));
		long second = id(openAbsence(pns, "UNEXCUSED_ABSENCE").andExpect(status().isCreated())
			.andExpect(jsonPath("$.supersedesId").value(first)));
		move(second, "{\"to\": \"SUMMONED\", \"date\": \"2025-04-14\", \"summonsNumber\": \"800/9\"}")
			.andExpect(status().isOk());
		move(second, "{\"to\": \"EXAMINED\", \"date\": \"2025-04-14\", \"examiner\": \"Kabid\"}")
			.andExpect(status().isOk());
		move(second, """
				{"to": "DECIDED", "date": "2025-04-14", "decreeNumber": "800/82/2025", "authority": "Bupati",
				 "sanction": "ALLOWANCE_CUT_6_MONTHS", "effectiveFrom": "2025-05-01"}""").andExpect(status().isOk());
		// The lighter decree is replaced, and runs until the heavier one takes effect.
		DecidedCaseView lighter = this.fixtures.as("bkpsdm",
				() -> this.sanctionCases.ofEmployee(pns).stream().filter((c) -> c.id() == first).findFirst().get());
		assertThat(lighter.superseded()).isTrue();
		assertThat(lighter.supersededFrom()).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(lighter.inForceOn(LocalDate.of(2025, 4, 30))).isFalse(); // one day
		assertThat(decreesOnTheList(pns)).containsExactly("800/82/2025");

		move(second, "{\"to\": \"CANCELLED\", \"date\": \"2025-04-14\", \"note\": \"SK dibatalkan atas banding\"}")
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select superseded_by_id from sanction_case where id = :id")
			.param("id", first)
			.query((rs, n) -> rs.getObject(1) == null)
			.single()).isTrue();
		assertThat(decreesOnTheList(pns)).containsExactly("800/81/2025");
	}

	@Test
	void twoUsersOpeningTheSameCaseAtOnce() throws Exception {
		String pns = this.fixtures.employee(this.opd.code(), "Agus Salim", LocalDate.of(2015, 1, 2));
		for (String day : List.of("2025-02-03", "2025-02-04", "2025-02-05", "2025-02-06")) {
			unexcused(pns, LocalDate.parse(day));
		}
		this.clock.set(LocalDateTime.of(2025, 3, 3, 9, 0));
		CountDownLatch opened = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		// The first user's case is written but not yet committed…
		CompletableFuture<Void> first = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((tx) -> {
				this.fixtures.as("bkpsdm", () -> this.service.openFromRecommendation(pns, 2025));
				opened.countDown();
				try {
					commit.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
		assertThat(opened.await(30, TimeUnit.SECONDS)).isTrue();
		// …when the second one's checks find nothing and its insert waits on the index.
		CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> {
			try {
				return this.fixtures.as("bkpsdm", () -> this.service.openFromRecommendation(pns, 2025));
			}
			catch (RuntimeException ex) {
				return ex;
			}
		});
		for (int tries = 0; tries < 200 && !second.isDone() && this.jdbc.sql(
				"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%sanction_case%'")
			.query(Long.class)
			.single() == 0; tries++) {
			Thread.sleep(50);
		}
		commit.countDown();
		first.get(30, TimeUnit.SECONDS);
		Object outcome = second.get(30, TimeUnit.SECONDS);
		assertThat(outcome).isInstanceOf(RuleViolationException.class);
		assertThat(((RuleViolationException) outcome).messageKey()).isEqualTo("case.duplicate.concurrent");
		assertThat(this.jdbc.sql("select count(*) from sanction_case where nip = :nip")
			.param("nip", pns)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private List<String> decreesOnTheList(String nip) {
		return this.fixtures.as("sekda",
				() -> this.sanctionCases
					.decided(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), this.opd.code(), null)
					.stream()
					.filter((c) -> c.nip().equals(nip))
					.map(DecidedCaseView::decreeNumber)
					.toList());
	}

	private String pppk(String name) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String number = String.format(Locale.ROOT, "%04d%02d%02d2021211%03d", 1975 + random.nextInt(20),
				1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1, 1000));
		return this.fixtures.as("bkpsdm",
				() -> this.employees.create(new EmployeeInput(number, PersonName.parse(name), Sex.F,
						EmploymentType.PPPK, null, "Penata Layanan Operasional", PositionKind.EXECUTOR, null,
						LocalDate.of(2021, 3, 1), this.opd.code(), LocalDate.of(2021, 3, 1))));
	}

	private void toExamined(long id) throws Exception {
		move(id, "{\"to\": \"SUMMONED\", \"date\": \"2025-06-16\", \"summonsNumber\": \"800/5\"}")
			.andExpect(status().isOk());
		move(id, "{\"to\": \"EXAMINED\", \"date\": \"2025-06-16\", \"examiner\": \"Kepala Bidang\"}")
			.andExpect(status().isOk());
	}

	private ResultActions decide(long id, String sanction, String from, String to) throws Exception {
		return move(id, """
				{"to": "DECIDED", "date": "2025-06-16", "decreeNumber": "800/60/2025", "authority": "Bupati Sukamaju",
				 "sanction": "%s", "effectiveFrom": "%s"%s}""".formatted(sanction, from,
				(to != null) ? ", \"effectiveTo\": \"" + to + "\"" : ""));
	}

	private ResultActions open(String nip, String sanction) throws Exception {
		return this.mvc.perform(post("/api/v1/cases").with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nip": "%s", "year": 2025, "violation": "Tidak menaati ketentuan jam kerja",
					 "article": "PP 94/2021 Pasal 4 huruf f"%s}""".formatted(nip,
					(sanction != null) ? ", \"sanction\": \"" + sanction + "\"" : "")));
	}

	private ResultActions openAbsence(String nip, String violation) throws Exception {
		return this.mvc.perform(post("/api/v1/cases").with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nip\": \"%s\", \"year\": 2025, \"violation\": \"%s\"}".formatted(nip, violation)));
	}

	private ResultActions move(long id, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/cases/{id}/transitions", id).with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private void unexcused(String nip, LocalDate day) {
		this.clock.set(day.atTime(17, 0));
		for (Session session : Session.values()) {
			this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(this.opd.code(), day, session, null,
					null, List.of(new SubmitRollCall.Mark(nip, AttendanceStatus.UNEXCUSED, null, null, null)))));
		}
	}

	private static long id(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
	}

}
