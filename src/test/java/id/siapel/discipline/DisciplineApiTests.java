package id.siapel.discipline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From roll calls to standing and flags on PostgreSQL with the shipped 2025 calendar
 * (api.md, Discipline and Flags): the counts the API reports, the run of ten working days
 * across Ascension and Idul Adha 2025, and the flags raised after Lebaran, before Nyepi,
 * inside a monitoring period, for an absent head of agency, withdrawn when corrected.
 */
@SiapelIntegrationTest
class DisciplineApiTests {

	static final String HEAD_PASSWORD = "kepala-disiplin-uji";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	Units units;

	@Autowired
	UserAccounts accounts;

	UnitView opd;

	String nip;

	String colleague;

	String head;

	@BeforeEach
	void anOpdWithTwoEmployees() {
		this.clock.set(LocalDateTime.of(2025, 1, 2, 9, 0));
		this.opd = this.fixtures.opd("Dinas Disiplin Uji");
		this.nip = this.fixtures.employee(this.opd.code(), "Joko Susilo", LocalDate.of(2015, 1, 2));
		this.colleague = this.fixtures.employee(this.opd.code(), "Kartika Sari", LocalDate.of(2015, 1, 2));
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Disiplin", Set.of(Role.UNIT_HEAD),
				this.opd.code()));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void fullDaysAndMinutesAddUpToTheRecommendationOfTheLadder() throws Exception {
		for (String day : List.of("2025-02-03", "2025-02-04", "2025-02-10")) {
			mark(LocalDate.parse(day), Map.of(this.nip, AttendanceStatus.UNEXCUSED), Map.of());
		}
		// One absence at apel pagi only (225 min) and 225 min late: one more day.
		mark(LocalDate.parse("2025-02-12"), Map.of(this.nip, AttendanceStatus.UNEXCUSED),
				Map.of(this.nip, AttendanceStatus.PRESENT));
		mark(LocalDate.parse("2025-02-13"), Map.of(this.nip, AttendanceStatus.LATE), Map.of());
		lateMinutes(LocalDate.parse("2025-02-13"), 225);
		this.clock.set(LocalDateTime.of(2025, 2, 14, 9, 0));
		standing(this.nip, 2025).andExpect(status().isOk())
			.andExpect(jsonPath("$.unexcusedDays").value(3))
			.andExpect(jsonPath("$.lateMinutes").value(450))
			.andExpect(jsonPath("$.convertedDays").value(1))
			.andExpect(jsonPath("$.totalDays").value(4))
			.andExpect(jsonPath("$.longestUnexcusedStreak").value(2))
			.andExpect(jsonPath("$.recommendation.level").value("LIGHT"))
			.andExpect(jsonPath("$.recommendation.sanction").value("WRITTEN_REPRIMAND"))
			.andExpect(jsonPath("$.recommendation.legalBasis").value("PP 94/2021 Pasal 9 ayat (2) huruf b angka 2"))
			.andExpect(jsonPath("$.nextThreshold.days").value(7))
			.andExpect(jsonPath("$.nextThreshold.sanction").value("STATEMENT_OF_DISSATISFACTION"));
		this.mvc
			.perform(get("/api/v1/discipline").param("year", "2025")
				.param("unit", this.opd.code())
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].nip").value(this.nip))
			.andExpect(jsonPath("$[0].totalDays").value(4));
	}

	@Test
	void tenUnexcusedWorkingDaysAcrossAscensionAndIdulAdhaAreARunOfTenAndMeanDismissal() throws Exception {
		// 26–28 May, 2–5 June, 10–12 June 2025: Ascension (29 May) with its cuti bersama
		// (30
		// May), Pancasila (1 June), Idul Adha (6 June) with its cuti bersama (9 June) and
		// the
		// weekends lie between them.
		List<String> days = List.of("2025-05-26", "2025-05-27", "2025-05-28", "2025-06-02", "2025-06-03", "2025-06-04",
				"2025-06-05", "2025-06-10", "2025-06-11", "2025-06-12");
		for (String day : days) {
			mark(LocalDate.parse(day), Map.of(this.nip, AttendanceStatus.UNEXCUSED), Map.of());
		}
		this.clock.set(LocalDateTime.of(2025, 6, 13, 9, 0));
		standing(this.nip, 2025).andExpect(jsonPath("$.unexcusedDays").value(10))
			.andExpect(jsonPath("$.longestUnexcusedStreak").value(10))
			.andExpect(jsonPath("$.recommendation.sanction").value("DISMISSAL"))
			.andExpect(jsonPath("$.recommendation.level").value("SEVERE"))
			.andExpect(jsonPath("$.recommendation.legalBasis", containsString("Pasal 11 ayat (2) huruf d angka 4")))
			// Nothing lower than dismissal is the "next" threshold.
			.andExpect(jsonPath("$.nextThreshold").doesNotExist());
		awaitFlag(FlagKind.CONSECUTIVE_ABSENCE, this.nip).andExpect(jsonPath("$[0].severity").value("HIGH"))
			.andExpect(jsonPath("$[0].detail", containsString("10 hari kerja berturut-turut")));
		// The threshold flag cites the run's own article, not the rung of the yearly
		// total of 10 days (Pasal 9 ayat (2) huruf b angka 3).
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> flags(FlagKind.THRESHOLD_REACHED, this.nip).andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].detail", containsString("Pasal 11 ayat (2) huruf d angka 4")))
				.andExpect(jsonPath("$[0].detail", not(containsString("Pasal 9")))));
		// A sick note for the morning of 3 June splits the run into 4 and 5 days (the
		// evening
		// alone counts as minutes): no dismissal by the run.
		this.clock.set(LocalDateTime.of(2025, 6, 13, 10, 0));
		correct(LocalDate.parse("2025-06-03"), this.nip, AttendanceStatus.SICK);
		standing(this.nip, 2025).andExpect(jsonPath("$.longestUnexcusedStreak").value(5))
			.andExpect(jsonPath("$.lateMinutes").value(225))
			.andExpect(jsonPath("$.unexcusedDays").value(9))
			.andExpect(jsonPath("$.recommendation.sanction").value("STATEMENT_OF_DISSATISFACTION"));
	}

	@Test
	void anUnexcusedAbsenceOnTheFirstWorkingDayAfterLebaranIsFlaggedAndACorrectionWithdrawsIt() throws Exception {
		mark(LocalDate.parse("2025-04-08"), Map.of(this.nip, AttendanceStatus.UNEXCUSED), Map.of());
		awaitFlag(FlagKind.AFTER_HOLIDAY, this.nip).andExpect(jsonPath("$[0].date").value("2025-04-08"))
			.andExpect(jsonPath("$[0].severity").value("HIGH"))
			.andExpect(jsonPath("$[0].status").value("OPEN"))
			.andExpect(jsonPath("$[0].detail", containsString("Idul Fitri 1446 H")));
		// Saving the sheet again does not duplicate the flag.
		mark(LocalDate.parse("2025-04-08"), Map.of(this.nip, AttendanceStatus.UNEXCUSED), Map.of(), 1);
		flags(FlagKind.AFTER_HOLIDAY, this.nip).andExpect(jsonPath("$", hasSize(1)));
		this.clock.set(LocalDateTime.of(2025, 4, 9, 10, 0));
		correctBoth(LocalDate.parse("2025-04-08"), this.nip, AttendanceStatus.SICK);
		// Sick after Lebaran stays a (lower) flag; then a registered official trip clears
		// it.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> flags(FlagKind.AFTER_HOLIDAY, this.nip).andExpect(jsonPath("$[0].severity").value("LOW")));
		correctBoth(LocalDate.parse("2025-04-08"), this.nip, AttendanceStatus.OFFICIAL_TRAVEL);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> flags(FlagKind.AFTER_HOLIDAY, this.nip).andExpect(jsonPath("$", hasSize(0))));
	}

	@Test
	void anUnexcusedAbsenceOnTheLastWorkingDayBeforeNyepiAndLebaranIsFlagged() throws Exception {
		mark(LocalDate.parse("2025-03-27"), Map.of(this.nip, AttendanceStatus.UNEXCUSED), Map.of());
		awaitFlag(FlagKind.BEFORE_HOLIDAY, this.nip).andExpect(jsonPath("$[0].date").value("2025-03-27"));
		flags(FlagKind.AFTER_HOLIDAY, this.nip).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void anUnexcusedAbsenceInsideAMonitoringPeriodIsFlaggedAndNotOutsideIt() throws Exception {
		this.mvc
			.perform(post("/api/v1/monitoring-periods").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"name": "Pemantauan uji %s", "kind": "OTHER", "startDate": "2025-02-17",
								 "endDate": "2025-02-19", "circularNumber": "800/77/BKPSDM/2025", "circularDate": "2025-02-14"}"""
							.formatted(this.opd.code())))
			.andExpect(status().isCreated());
		mark(LocalDate.parse("2025-02-18"), Map.of(this.nip, AttendanceStatus.UNEXCUSED), Map.of());
		mark(LocalDate.parse("2025-02-20"), Map.of(this.colleague, AttendanceStatus.UNEXCUSED), Map.of());
		awaitFlag(FlagKind.MONITORING_PERIOD, this.nip).andExpect(jsonPath("$[0].date").value("2025-02-18"))
			.andExpect(jsonPath("$[0].detail", containsString("800/77/BKPSDM/2025")));
		await().pollDelay(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> flags(FlagKind.CONSECUTIVE_ABSENCE, this.colleague).andExpect(jsonPath("$", hasSize(0))));
		flags(FlagKind.MONITORING_PERIOD, this.colleague).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void anAbsentHeadOfAgencyIsFlaggedForTheSekda() throws Exception {
		this.fixtures.as("bkpsdm", () -> this.units.assignHead(this.opd.code(), this.nip));
		mark(LocalDate.parse("2025-01-15"), Map.of(this.nip, AttendanceStatus.UNEXCUSED), Map.of());
		awaitFlag(FlagKind.UNIT_HEAD_ABSENT, this.nip).andExpect(jsonPath("$[0].detail", containsString("Sekda")));
		this.mvc
			.perform(get("/api/v1/flags").param("kind", "UNIT_HEAD_ABSENT")
				.param("nip", this.nip)
				.with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void reviewingAFlagRecordsTheDecisionNoteAndReviewerAndAUnitHeadOnlyReads() throws Exception {
		mark(LocalDate.parse("2025-04-08"), Map.of(this.nip, AttendanceStatus.UNEXCUSED), Map.of());
		String id = awaitFlag(FlagKind.AFTER_HOLIDAY, this.nip).andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
		this.mvc
			.perform(post("/api/v1/flags/{id}/review", id).with(httpBasic(this.head, HEAD_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"CONFIRMED\", \"note\": \"ok\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/flags/{id}/review", id).with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"CONFIRMED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.mvc
			.perform(post("/api/v1/flags/{id}/review", id).with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"MAYBE\", \"note\": \"x\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/flags/{id}/review", id).with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"CONFIRMED\", \"note\": \"Dipanggil atasan langsung 9 April\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.reviewedBy").value("bkpsdm"))
			.andExpect(jsonPath("$.reviewNote").value("Dipanggil atasan langsung 9 April"));
		this.mvc
			.perform(post("/api/v1/flags/999999999/review").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"DISMISSED\", \"note\": \"x\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/flags").param("nip", this.nip).with(httpBasic(this.head, HEAD_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].kind", hasItem("AFTER_HOLIDAY")));
	}

	@Test
	void theStandingOfAnotherUnitsEmployeeIsForbiddenToAUnitHead() throws Exception {
		UnitView other = this.fixtures.opd("Dinas Disiplin Lain");
		String stranger = this.fixtures.employee(other.code(), "Lukman Hakim", LocalDate.of(2015, 1, 2));
		this.mvc.perform(get("/api/v1/discipline/{nip}", stranger).with(httpBasic(this.head, HEAD_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/discipline/{nip}", this.nip).with(httpBasic(this.head, HEAD_PASSWORD)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/discipline").param("unit", other.code()).with(httpBasic(this.head, HEAD_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/discipline/199901012020011999").with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/discipline/{nip}", this.nip).param("year", "abc")
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isBadRequest());
	}

	private void mark(LocalDate day, Map<String, AttendanceStatus> morning, Map<String, AttendanceStatus> evening) {
		mark(day, morning, evening, 0);
	}

	/**
	 * Submits both roll calls of a day as BKPSDM at 17.00 that day; evening defaults to
	 * the morning.
	 */
	private void mark(LocalDate day, Map<String, AttendanceStatus> morning, Map<String, AttendanceStatus> evening,
			long version) {
		this.clock.set(day.atTime(17, 0));
		submit(day, Session.MORNING, morning, version, null);
		Map<String, AttendanceStatus> afternoon = new java.util.HashMap<>();
		morning.forEach((nip, status) -> afternoon.put(nip,
				(status == AttendanceStatus.LATE) ? AttendanceStatus.PRESENT : status));
		afternoon.putAll(evening);
		submit(day, Session.EVENING, afternoon, version, null);
	}

	private void lateMinutes(LocalDate day, int minutes) {
		this.clock.set(day.atTime(17, 0));
		this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(this.opd.code(), day, Session.MORNING,
				null, null, List.of(new SubmitRollCall.Mark(this.nip, AttendanceStatus.LATE, minutes, null, null)))));
	}

	private void correct(LocalDate day, String nip, AttendanceStatus status) {
		this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(this.opd.code(), day, Session.MORNING,
				null, "Surat keterangan", List.of(new SubmitRollCall.Mark(nip, status, null, null, null)))));
	}

	private void correctBoth(LocalDate day, String nip, AttendanceStatus status) {
		for (Session session : Session.values()) {
			this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(this.opd.code(), day, session, null,
					"Surat tugas", List.of(new SubmitRollCall.Mark(nip, status, null, null, null)))));
		}
	}

	private void submit(LocalDate day, Session session, Map<String, AttendanceStatus> marks, long version,
			String reason) {
		List<SubmitRollCall.Mark> list = marks.entrySet()
			.stream()
			.map((e) -> new SubmitRollCall.Mark(e.getKey(), e.getValue(),
					(e.getValue() == AttendanceStatus.LATE) ? 10 : null, null, null))
			.toList();
		this.fixtures.as("bkpsdm",
				() -> this.marking.submit(new SubmitRollCall(this.opd.code(), day, session, version, reason, list)));
	}

	private ResultActions standing(String nip, int year) throws Exception {
		return this.mvc.perform(get("/api/v1/discipline/{nip}", nip).param("year", String.valueOf(year))
			.with(httpBasic("bkpsdm", DEMO_PASSWORD)));
	}

	private ResultActions flags(FlagKind kind, String nip) throws Exception {
		return this.mvc.perform(get("/api/v1/flags").param("kind", kind.name())
			.param("nip", nip)
			.with(httpBasic("bkpsdm", DEMO_PASSWORD)));
	}

	/** Flags are raised right after the write commits: wait a few seconds at most. */
	private ResultActions awaitFlag(FlagKind kind, String nip) throws Exception {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> flags(kind, nip).andExpect(jsonPath("$", not(hasSize(0)))));
		return flags(kind, nip);
	}

}
