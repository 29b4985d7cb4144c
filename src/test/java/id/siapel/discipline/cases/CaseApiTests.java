package id.siapel.discipline.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.organization.UnitView;
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

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case from an employee's recommendation through the API (api.md, Sanction cases): the
 * sanction and legal basis come from the recommendation; one violation is sanctioned once
 * (service and database); when the year's absence grows, a heavier case supersedes the
 * lighter decree; step dates neither go backwards nor into the future; a stale version is
 * a conflict; the summons warns when the examination is too close.
 */
@SiapelIntegrationTest
class CaseApiTests {

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
	JdbcClient jdbc;

	UnitView opd;

	String nip;

	@BeforeEach
	void anEmployeeAbsentFourDays() {
		this.clock.set(LocalDateTime.of(2025, 1, 2, 9, 0));
		this.opd = this.fixtures.opd("Dinas Kasus Ketidakhadiran");
		this.nip = this.fixtures.employee(this.opd.code(), "Bambang Hermawan", LocalDate.of(2015, 1, 2));
		for (String day : List.of("2025-02-03", "2025-02-04", "2025-02-05", "2025-02-06")) {
			unexcused(LocalDate.parse(day));
		}
		this.clock.set(LocalDateTime.of(2025, 3, 3, 9, 0));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aRecommendationBecomesADecidedCaseAndAHeavierOneSupersedesIt() throws Exception {
		long first = id(open("{\"nip\": \"%s\", \"year\": 2025, \"violation\": \"UNEXCUSED_ABSENCE\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.sanction").value("WRITTEN_REPRIMAND"))
			.andExpect(jsonPath("$.level").value("LIGHT"))
			.andExpect(jsonPath("$.legalBasis").value("PP 94/2021 Pasal 9 ayat (2) huruf b angka 2"))
			.andExpect(jsonPath("$.proposedAuthority").value("UNIT_HEAD"))
			.andExpect(jsonPath("$.absenceDays").value(4))
			.andExpect(jsonPath("$.version").value(0)));

		// One violation, one case: not while it is open…
		open("{\"nip\": \"%s\", \"year\": 2025, \"violation\": \"UNEXCUSED_ABSENCE\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("sudah diproses")));
		// …and the database refuses it too, whatever the service checks.
		assertThatThrownBy(() -> this.jdbc.sql("""
				insert into sanction_case (employee_id, nip, employee_name, unit_id, unit_code, unit_name, year,
				    violation_kind, violation, level, status, opened_on, created_at, created_by, updated_at, updated_by)
				select employee_id, nip, employee_name, unit_id, unit_code, unit_name, year, violation_kind, violation,
				    level, 'PROPOSED', opened_on, now(), 'test', now(), 'test'
				from sanction_case where id = :id""").param("id", first).update())
			.hasMessageContaining("uk_sanction_case_absence_open");

		// Dates: not in the future, not before the previous step.
		move(first, "{\"to\": \"SUMMONED\", \"date\": \"2025-03-04\", \"summonsNumber\": \"800/1\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		move(first, "{\"to\": \"SUMMONED\", \"date\": \"2025-02-28\", \"summonsNumber\": \"800/1\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		move(first, "{\"to\": \"SUMMONED\", \"date\": \"2025-03-03\", \"examinationDate\": \"2025-03-03\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("examinationDate"));
		// Seven working days between summons and examination (regulation.md §1.4): a
		// closer date is recorded with a warning.
		move(first, """
				{"to": "SUMMONED", "date": "2025-03-03", "summonsNumber": "800/15/DKK/2025",
				 "examinationDate": "2025-03-06", "version": 0}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.warnings[0]", containsString("7 hari kerja")));
		// Someone else's older version: conflict.
		move(first, "{\"to\": \"EXAMINED\", \"date\": \"2025-03-03\", \"version\": 0}")
			.andExpect(status().isConflict());
		this.clock.set(LocalDateTime.of(2025, 3, 12, 9, 0));
		move(first, "{\"to\": \"EXAMINED\", \"date\": \"2025-03-12\", \"examiner\": \"Kepala Bidang\"}")
			.andExpect(status().isOk());
		move(first, "{\"to\": \"DECIDED\", \"date\": \"2025-03-12\", \"decreeNumber\": \"800/20/2025\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.containsInAnyOrder("authority", "sanction", "effectiveFrom")));
		move(first, """
				{"to": "DECIDED", "date": "2025-03-12", "decreeNumber": "800/20/DKK/2025",
				 "authority": "Kepala Dinas", "sanction": "WRITTEN_REPRIMAND", "effectiveFrom": "2025-03-13"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.effectiveTo").value("2025-03-13"));

		// Decided: the same recommendation cannot be sanctioned again.
		open("{\"nip\": \"%s\", \"year\": 2025, \"violation\": \"UNEXCUSED_ABSENCE\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("800/20/DKK/2025")));

		// Seven more days: 11 in the year, a moderate sanction; the heaviest applies.
		for (String day : List.of("2025-03-17", "2025-03-18", "2025-03-19", "2025-03-20", "2025-03-21", "2025-03-24",
				"2025-03-25")) {
			unexcused(LocalDate.parse(day));
		}
		this.clock.set(LocalDateTime.of(2025, 4, 14, 9, 0));
		long second = id(open("{\"nip\": \"%s\", \"year\": 2025, \"violation\": \"UNEXCUSED_ABSENCE\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sanction").value("ALLOWANCE_CUT_6_MONTHS"))
			.andExpect(jsonPath("$.supersedesId").value(first)));
		move(second, "{\"to\": \"SUMMONED\", \"date\": \"2025-04-14\"}").andExpect(status().isOk());
		move(second, "{\"to\": \"EXAMINED\", \"date\": \"2025-04-14\"}").andExpect(status().isOk());
		move(second, """
				{"to": "DECIDED", "date": "2025-04-14", "decreeNumber": "800/31/2025", "authority": "Bupati",
				 "sanction": "ORAL_REPRIMAND", "effectiveFrom": "2025-05-01"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sanction"));
		move(second, """
				{"to": "DECIDED", "date": "2025-04-14", "decreeNumber": "800/31/2025", "authority": "Bupati Sukamaju",
				 "sanction": "ALLOWANCE_CUT_6_MONTHS", "effectiveFrom": "2025-05-01"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.effectiveTo").value("2025-10-31"));
		this.mvc.perform(get("/api/v1/cases/{id}", first).with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.supersededById").value(second));
		this.mvc
			.perform(get("/api/v1/cases").param("year", "2025")
				.param("unit", this.opd.code())
				.param("status", "DECIDED")
				.with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));

		// The audit trail has every step.
		assertThat(this.jdbc.sql("select count(*) from audit_entry where subject = :nip and action like 'CASE_%'")
			.param("nip", this.nip)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(9);
	}

	@Test
	void theStandingPageOffersNoNewCaseWhileTheYearsAbsenceIsAlreadyHandled() throws Exception {
		var hr = id.siapel.testsupport.Logins.loginAsDemo(this.mvc, "bkpsdm");
		String page = "/discipline/employees/{nip}";
		this.mvc.perform(get(page, this.nip).param("year", "2025").session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"open-case\"")));
		long first = id(open("{\"nip\": \"%s\", \"year\": 2025, \"violation\": \"UNEXCUSED_ABSENCE\"}")
			.andExpect(status().isCreated()));
		this.mvc.perform(get(page, this.nip).param("year", "2025").session(hr))
			.andExpect(content().string(allOf(not(containsString("data-testid=\"open-case\"")),
					containsString("sedang diproses dalam kasus #" + first))));
		move(first, "{\"to\": \"SUMMONED\", \"date\": \"2025-03-03\"}").andExpect(status().isOk());
		move(first, "{\"to\": \"EXAMINED\", \"date\": \"2025-03-03\"}").andExpect(status().isOk());
		move(first, """
				{"to": "DECIDED", "date": "2025-03-03", "decreeNumber": "800/40/DKK/2025",
				 "authority": "Kepala Dinas", "sanction": "WRITTEN_REPRIMAND", "effectiveFrom": "2025-03-03"}""")
			.andExpect(status().isOk());
		// Sanctioned for the year: no button that would only be refused.
		this.mvc.perform(get(page, this.nip).param("year", "2025").session(hr))
			.andExpect(content().string(allOf(not(containsString("data-testid=\"open-case\"")),
					containsString("sudah dijatuhi hukuman disiplin dalam kasus #" + first),
					containsString("800/40/DKK/2025"))));
		// Another year is another violation.
		this.mvc.perform(get(page, this.nip).param("year", "2024").session(hr))
			.andExpect(content().string(not(containsString("sudah dijatuhi hukuman disiplin"))));
	}

	@Test
	void noRecommendationNoCaseAndUnitHeadsMayNotOpenOne() throws Exception {
		String clean = this.fixtures.employee(this.opd.code(), "Siti Aminah", LocalDate.of(2015, 1, 2));
		this.mvc
			.perform(post("/api/v1/cases").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nip\": \"" + clean + "\", \"year\": 2025, \"violation\": \"UNEXCUSED_ABSENCE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("violation"));
		this.mvc
			.perform(post("/api/v1/cases").with(httpBasic("kepala-dinkes", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nip\": \"" + this.nip + "\", \"violation\": \"UNEXCUSED_ABSENCE\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/cases/1/transitions").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"NOWHERE\", \"date\": \"2025-03-03\"}"))
			.andExpect(status().isBadRequest());
	}

	private void unexcused(LocalDate day) {
		this.clock.set(day.atTime(17, 0));
		for (Session session : Session.values()) {
			this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(this.opd.code(), day, session, null,
					null, List.of(new SubmitRollCall.Mark(this.nip, AttendanceStatus.UNEXCUSED, null, null, null)))));
		}
	}

	private ResultActions open(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/cases").with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted(this.nip)));
	}

	private ResultActions move(long id, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/cases/{id}/transitions", id).with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private static long id(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
	}

}
