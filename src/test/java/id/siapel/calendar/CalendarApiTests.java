package id.siapel.calendar;

import java.util.Set;
import java.util.UUID;

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.organization.WorkPattern;
import id.siapel.organization.Units;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar API as api.md specifies it: a unit's days for a range, the unit scope of a
 * UNIT_HEAD, writes for HR and ADMIN only, and bad input answered with problem details,
 * never a 500.
 */
@SiapelIntegrationTest
class CalendarApiTests {

	static final String HEAD_PASSWORD = "kepala-kalender-uji";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	UnitView mine;

	UnitView mySubUnit;

	UnitView theirs;

	String head;

	@BeforeEach
	void unitsAndAHead() {
		this.mine = this.fixtures.opd("Dinas Kalender Saya");
		this.mySubUnit = this.fixtures.unit(this.mine.code(), "UPTD Kalender Saya", UnitKind.TECHNICAL_UNIT);
		this.theirs = this.fixtures.opd("Dinas Kalender Lain");
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Kalender", Set.of(Role.UNIT_HEAD),
				this.mine.code()));
	}

	@Test
	void theCalendarOfAUnitHasOneEntryPerDate() throws Exception {
		this.mvc
			.perform(get("/api/v1/calendar").param("from", "2025-03-27")
				.param("to", "2025-04-08")
				.param("unit", this.mine.code())
				.with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(13)))
			.andExpect(jsonPath("$[0].date").value("2025-03-27"))
			.andExpect(jsonPath("$[0].working").value(true))
			.andExpect(jsonPath("$[0].apelRequired").value(true))
			.andExpect(jsonPath("$[0].kinds", empty()))
			.andExpect(jsonPath("$[1].kinds", contains("COLLECTIVE_LEAVE")))
			.andExpect(jsonPath("$[1].names", contains("Cuti Bersama Hari Suci Nyepi")))
			.andExpect(jsonPath("$[4].date").value("2025-03-31"))
			.andExpect(jsonPath("$[4].working").value(false))
			.andExpect(jsonPath("$[4].apelRequired").value(false))
			.andExpect(jsonPath("$[4].kinds", contains("NATIONAL_HOLIDAY")))
			.andExpect(jsonPath("$[4].names", contains("Hari Raya Idul Fitri 1446 H")))
			.andExpect(jsonPath("$[12].date").value("2025-04-08"))
			.andExpect(jsonPath("$[12].working").value(true));
	}

	@Test
	void aSixDayUnitWorksOnSaturdayInTheApi() throws Exception {
		UnitView rsud = this.fixtures.as("bkpsdm",
				() -> this.units
					.create(new Units.NewUnit("RS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
							"RSUD Kalender", UnitKind.HOSPITAL, this.fixtures.root().code(), WorkPattern.SIX_DAY)));
		this.mvc
			.perform(get("/api/v1/calendar").param("from", "2025-04-12")
				.param("to", "2025-04-13")
				.param("unit", rsud.code())
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].working").value(true))
			.andExpect(jsonPath("$[1].working").value(false));
		this.mvc
			.perform(get("/api/v1/calendar").param("from", "2025-04-12")
				.param("to", "2025-04-12")
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$[0].working").value(false)); // the Pemda-wide view has
																// a five-day week
	}

	@Test
	void everyRoleReadsTheCalendarOfAnyUnit() throws Exception {
		// api.md: "Calendar (read: all roles…)" — unlike units and employees, not within
		// scope: whether another OPD works on a day is no one's personal data.
		this.mvc
			.perform(get("/api/v1/calendar").param("from", "2025-01-01")
				.param("to", "2025-01-31")
				.param("unit", this.theirs.code())
				.with(httpBasic(this.head, HEAD_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(31)));
		for (String unit : new String[] { this.mine.code(), this.mySubUnit.code(), "" }) {
			this.mvc
				.perform(get("/api/v1/calendar").param("from", "2025-01-01")
					.param("to", "2025-01-31")
					.param("unit", unit)
					.with(httpBasic(this.head, HEAD_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(31)));
		}
		this.mvc
			.perform(get("/api/v1/calendar").param("from", "2025-01-01")
				.param("to", "2025-01-31")
				.param("unit", "NO-SUCH-UNIT")
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/calendar").param("from", "2025-01-01").param("to", "2025-01-31"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void badRangesAre400Or422WithProblemDetails() throws Exception {
		expectProblem(get("/api/v1/calendar").param("to", "2025-01-31"), 400);
		expectProblem(get("/api/v1/calendar").param("from", "2025-13-01").param("to", "2025-12-31"), 400);
		expectProblem(get("/api/v1/calendar").param("from", "kemarin").param("to", "2025-12-31"), 400);
		expectProblem(get("/api/v1/calendar").param("from", "2025-02-01").param("to", "2025-01-31"), 422)
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		expectProblem(get("/api/v1/calendar").param("from", "2025-01-01").param("to", "2040-01-02"), 422)
			.andExpect(jsonPath("$.errors[0].message").value("Rentang paling panjang 3.653 hari."));
		this.mvc
			.perform(get("/api/v1/calendar").param("from", "2024-01-01")
				.param("to", "2024-12-31")
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(366)));
		// The whole shipped list in one request: 2023–2026.
		this.mvc
			.perform(get("/api/v1/calendar").param("from", "2023-01-01")
				.param("to", "2026-12-31")
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1461)));
	}

	@Test
	void onlyHrAndAdminWrite() throws Exception {
		String body = """
				{"date": "2032-06-10", "kind": "REGIONAL_HOLIDAY", "name": "Tidak boleh", "unitCodes": ["%s"]}"""
			.formatted(this.mine.code());
		for (String[] user : new String[][] { { "sekda", DEMO_PASSWORD }, { this.head, HEAD_PASSWORD } }) {
			this.mvc
				.perform(post("/api/v1/calendar/days").with(httpBasic(user[0], user[1]))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(delete("/api/v1/calendar/days/2025-03-31").param("kind", "NATIONAL_HOLIDAY")
					.with(httpBasic(user[0], user[1])))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/api/v1/monitoring-periods").with(httpBasic(user[0], user[1]))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\": \"X\", \"kind\": \"OTHER\", \"startDate\": \"2032-01-01\", "
							+ "\"endDate\": \"2032-01-02\"}"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/api/v1/calendar/days/import").with(httpBasic(user[0], user[1]))
					.contentType("text/csv")
					.content("date,kind,name_id\n2032-06-11,REGIONAL_HOLIDAY,X\n"))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(get("/api/v1/calendar").param("from", "2032-06-10")
				.param("to", "2032-06-10")
				.param("unit", this.mine.code())
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$[0].working").value(true));
	}

	@Test
	void hrAddsARegionalHolidayThenDeletesIt() throws Exception {
		this.mvc
			.perform(post("/api/v1/calendar/days").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"date": "2032-05-05", "kind": "REGIONAL_HOLIDAY", "name": "Hari Jadi Dinas",
						 "unitCodes": ["%s"], "instrument": "Keputusan Bupati 100/2032"}"""
					.formatted(this.mine.code())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.date").value("2032-05-05"))
			.andExpect(jsonPath("$.unitCodes", contains(this.mine.code())))
			.andExpect(jsonPath("$.instrument").value("Keputusan Bupati 100/2032"));
		this.mvc
			.perform(get("/api/v1/calendar").param("from", "2032-05-05")
				.param("to", "2032-05-05")
				.param("unit", this.mySubUnit.code())
				.with(httpBasic(this.head, HEAD_PASSWORD)))
			.andExpect(jsonPath("$[0].working").value(false))
			.andExpect(jsonPath("$[0].kinds", contains("REGIONAL_HOLIDAY")))
			.andExpect(jsonPath("$[0].names", contains("Hari Jadi Dinas")));
		this.mvc
			.perform(get("/api/v1/calendar").param("from", "2032-05-05")
				.param("to", "2032-05-05")
				.param("unit", this.theirs.code())
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$[0].working").value(true));

		// The same kind on the same date for an overlapping unit (the sub-unit) is a
		// duplicate.
		this.mvc
			.perform(post("/api/v1/calendar/days").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"date": "2032-05-05", "kind": "REGIONAL_HOLIDAY", "name": "Lagi", "unitCodes": ["%s"]}"""
					.formatted(this.mySubUnit.code())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		this.mvc
			.perform(post("/api/v1/calendar/days").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"date": "2032-05-05", "kind": "REGIONAL_HOLIDAY", "name": "Hari Jadi Dinas Lain",
						 "unitCodes": ["%s"]}""".formatted(this.theirs.code())))
			.andExpect(status().isCreated());

		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'CALENDAR_DAY_ADDED' "
					+ "and subject = '2032-05-05' and actor = 'bkpsdm'")
			.query(Integer.class)
			.single()).isEqualTo(2);

		this.mvc
			.perform(delete("/api/v1/calendar/days/2032-05-05").param("kind", "REGIONAL_HOLIDAY")
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(delete("/api/v1/calendar/days/2032-05-05").param("kind", "REGIONAL_HOLIDAY")
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'CALENDAR_DAY_DELETED' "
					+ "and subject = '2032-05-05'")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void badDaysAre400Or422NeverA500() throws Exception {
		expectProblem(post("/api/v1/calendar/days").contentType(MediaType.APPLICATION_JSON).content("""
				{"date": "2032-05-06", "kind": "BIRTHDAY", "name": "X"}"""), 400);
		expectProblem(post("/api/v1/calendar/days").contentType(MediaType.APPLICATION_JSON).content("""
				{"date": "2032-02-30", "kind": "REGIONAL_HOLIDAY", "name": "X"}"""), 400);
		expectProblem(post("/api/v1/calendar/days").contentType(MediaType.APPLICATION_JSON).content("{\"date\": "),
				400);
		expectProblem(post("/api/v1/calendar/days").contentType(MediaType.APPLICATION_JSON).content("""
				{"date": "2032-05-06", "kind": "REGIONAL_HOLIDAY"}"""), 422)
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		expectProblem(post("/api/v1/calendar/days").contentType(MediaType.APPLICATION_JSON).content("{}"), 422)
			.andExpect(jsonPath("$.errors[*].field", hasItem("date")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
		expectProblem(post("/api/v1/calendar/days").contentType(MediaType.APPLICATION_JSON).content("""
				{"date": "2032-05-06", "kind": "REGIONAL_HOLIDAY", "name": "X", "unitCodes": ["NO-SUCH-UNIT"]}"""), 422)
			.andExpect(jsonPath("$.errors[0].field").value("unitCodes"))
			.andExpect(jsonPath("$.errors[0].message").value("Unit kerja NO-SUCH-UNIT tidak dikenal."));
		expectProblem(post("/api/v1/calendar/days").contentType(MediaType.APPLICATION_JSON).content("""
				{"date": "1999-12-31", "kind": "NATIONAL_HOLIDAY", "name": "X"}"""), 422);
		expectProblem(post("/api/v1/calendar/days").contentType(MediaType.APPLICATION_JSON).content("""
				{"date": "2025-03-31", "kind": "NATIONAL_HOLIDAY", "name": "Idul Fitri lagi"}"""), 422)
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		expectProblem(delete("/api/v1/calendar/days/2025-03-31").param("kind", "HOLIDAY"), 400);
		expectProblem(delete("/api/v1/calendar/days/2025-03-31"), 400);
		expectProblem(delete("/api/v1/calendar/days/31-03-2025").param("kind", "NATIONAL_HOLIDAY"), 400);
	}

	@Test
	void monitoringPeriodsAreListedCreatedChangedAndDeleted() throws Exception {
		String name = "Pemantauan API " + UUID.randomUUID().toString().substring(0, 6);
		String created = this.mvc
			.perform(post("/api/v1/monitoring-periods").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "kind": "POST_HOLIDAY", "startDate": "2032-04-05", "endDate": "2032-04-09",
						 "circularNumber": "800/45/SETDA/2032", "circularDate": "2032-04-01"}""".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("POST_HOLIDAY"))
			.andExpect(jsonPath("$.circularNumber").value("800/45/SETDA/2032"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		this.mvc.perform(get("/api/v1/monitoring-periods").with(httpBasic(this.head, HEAD_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem(name)));
		this.mvc
			.perform(put("/api/v1/monitoring-periods/" + id).with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "kind": "POST_HOLIDAY", "startDate": "2032-04-05", "endDate": "2032-04-10",
						 "version": 7}""".formatted(name)))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put("/api/v1/monitoring-periods/" + id).with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "kind": "POST_HOLIDAY", "startDate": "2032-04-05", "endDate": "2032-04-10",
						 "version": 0}""".formatted(name)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endDate").value("2032-04-10"))
			.andExpect(jsonPath("$.version").value(1));
		expectProblem(post("/api/v1/monitoring-periods").contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Terbalik", "kind": "OTHER", "startDate": "2032-04-05", "endDate": "2032-04-01"}"""), 422)
			.andExpect(jsonPath("$.errors[0].field").value("endDate"));
		expectProblem(post("/api/v1/monitoring-periods").contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "X", "kind": "CAMPAIGN", "startDate": "2032-04-05", "endDate": "2032-04-06"}"""), 400);
		this.mvc.perform(delete("/api/v1/monitoring-periods/" + id).with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/monitoring-periods/" + id).with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void importIsAllOrNothingWithNumberedLines() throws Exception {
		String bad = """
				date,kind,name_id,name_en,source,unit_codes
				2033-01-01,NATIONAL_HOLIDAY,Tahun Baru 2033 Masehi,New Year's Day,"SKB No.1/2032 (1 Oct 2032); https://x.invalid",
				2033-13-01,NATIONAL_HOLIDAY,Salah tanggal,,SKB No.1/2032,
				2033-01-02,LIBUR,Salah jenis,,SKB No.1/2032,
				2033-01-03,REGIONAL_HOLIDAY,Unit salah,,,NO-SUCH-UNIT
				2033-01-01,NATIONAL_HOLIDAY,Dobel,,SKB No.1/2032,
				""";
		expectProblem(post("/api/v1/calendar/days/import").contentType("text/csv").content(bad), 422)
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[1].line").value(4))
			.andExpect(jsonPath("$.errors[1].field").value("kind"))
			.andExpect(jsonPath("$.errors[2].line").value(5))
			.andExpect(jsonPath("$.errors[2].field").value("unit_codes"))
			.andExpect(jsonPath("$.errors[3].line").value(6));
		assertThat(this.jdbc.sql("select count(*) from calendar_day where extract(year from day) = 2033")
			.query(Integer.class)
			.single()).as("nothing imported").isZero();

		String good = """
				date;kind;name_id;name_en;source;unit_codes
				2033-01-01;NATIONAL_HOLIDAY;Tahun Baru 2033 Masehi;New Year's Day;SKB No.1/2032 (1 Oct 2032);
				2033-01-03;REGIONAL_HOLIDAY;Hari Jadi Dinas;;Keputusan Bupati;%s
				""".formatted(this.mine.code());
		this.mvc
			.perform(post("/api/v1/calendar/days/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(good))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.replaced").value(0));
		this.mvc
			.perform(post("/api/v1/calendar/days/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(good))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/api/v1/calendar/days/import").param("replace", "true")
				.with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(good))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.replaced").value(2));
		assertThat(this.jdbc.sql("select instrument from calendar_day where day = date '2033-01-01'")
			.query(String.class)
			.single()).isEqualTo("SKB No.1/2032 (1 Oct 2032)");
		this.jdbc.sql("delete from calendar_day where extract(year from day) = 2033").update();
	}

	private org.springframework.test.web.servlet.ResultActions expectProblem(MockHttpServletRequestBuilder request,
			int status) throws Exception {
		return this.mvc.perform(request.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
