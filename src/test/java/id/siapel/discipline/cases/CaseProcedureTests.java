package id.siapel.discipline.cases;

import java.time.LocalDateTime;

import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The order of the procedure (PP 94/2021, Perban BKN 6/2022; regulation.md §1.4) and how
 * a case reads: both summonses stay on the record, the BAP is not dated before the
 * examination the summons set, the decree without a BAP only after the second summons was
 * missed, a case recorded after the fact keeps its real dates, and the page speaks
 * Indonesian, dates included.
 */
@SiapelIntegrationTest
class CaseProcedureTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	static String nip;

	@BeforeEach
	void anEmployee() {
		this.clock.set(LocalDateTime.of(2025, 6, 16, 10, 0));
		if (nip == null) {
			UnitView opd = this.fixtures.opd("Dinas Prosedur Kasus");
			nip = this.fixtures.employee(opd.code(), "Citra Maharani", null);
		}
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aSecondSummonsKeepsTheFirstOnTheRecord() throws Exception {
		long id = openOn(LocalDateTime.of(2025, 6, 2, 9, 0));
		move(id, """
				{"to": "SUMMONED", "date": "2025-06-02", "summonsNumber": "800/1/DPK/2025",
				 "examinationDate": "2025-06-11"}""").andExpect(status().isOk());
		move(id, """
				{"to": "SUMMONED", "date": "2025-06-12", "summonsNumber": "800/2/DPK/2025",
				 "examinationDate": "2025-06-23"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.summonsCount").value(2))
			.andExpect(jsonPath("$.summonses.length()").value(2))
			.andExpect(jsonPath("$.summonses[0].number").value("800/1/DPK/2025"))
			.andExpect(jsonPath("$.summonses[0].date").value("2025-06-02"))
			.andExpect(jsonPath("$.summonses[0].examinationDate").value("2025-06-11"))
			.andExpect(jsonPath("$.summonses[1].number").value("800/2/DPK/2025"))
			.andExpect(jsonPath("$.summonses[1].date").value("2025-06-12"));
		this.mvc.perform(get("/cases/{id}", id).session(hr()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("800/1/DPK/2025"), containsString("800/2/DPK/2025"),
					containsString("Panggilan pertama"), containsString("Panggilan kedua"),
					containsString("Senin, 2 Juni 2025"), containsString("Kamis, 12 Juni 2025"))));
	}

	@Test
	void theBapIsNotDatedBeforeTheExaminationAndTheMessageSaysTheDateInIndonesian() throws Exception {
		long id = openOn(LocalDateTime.of(2025, 6, 2, 9, 0));
		move(id, """
				{"to": "SUMMONED", "date": "2025-06-02", "summonsNumber": "800/3/DPK/2025",
				 "examinationDate": "2025-06-11"}""").andExpect(status().isOk());
		move(id, "{\"to\": \"EXAMINED\", \"date\": \"2025-06-10\", \"examiner\": \"Kepala Bidang\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[0].message",
					allOf(containsString("11 Juni 2025"), not(containsString("2025-")))));
		// Before the previous step: the date as people read it, not 2025-06-02.
		move(id, "{\"to\": \"EXAMINED\", \"date\": \"2025-06-01\", \"examiner\": \"Kepala Bidang\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message",
					allOf(containsString("2 Juni 2025"), not(containsString("2025-")))));
		move(id, "{\"to\": \"EXAMINED\", \"date\": \"2025-06-11\", \"examiner\": \"Kepala Bidang\"}")
			.andExpect(status().isOk());
		// The decree's start before the decree: the decree date in words too.
		move(id, """
				{"to": "DECIDED", "date": "2025-06-13", "decreeNumber": "800/9/2025", "authority": "Bupati",
				 "sanction": "WRITTEN_REPRIMAND", "effectiveFrom": "2025-06-12"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("13 Juni 2025")));
	}

	@Test
	void theDecreeWithoutABapOnlyAfterTheSecondSummonsWasMissed() throws Exception {
		long id = openOn(LocalDateTime.of(2025, 6, 2, 9, 0));
		move(id, """
				{"to": "SUMMONED", "date": "2025-06-02", "summonsNumber": "800/4/DPK/2025",
				 "examinationDate": "2025-06-05"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.allowedTransitions", not(hasItem("DECIDED"))));
		move(id, """
				{"to": "SUMMONED", "date": "2025-06-09", "summonsNumber": "800/5/DPK/2025",
				 "examinationDate": "2025-06-18"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.allowedTransitions", not(hasItem("DECIDED"))));
		this.mvc.perform(get("/cases/{id}", id).session(hr()))
			.andExpect(content().string(not(containsString("data-testid=\"step-DECIDED\""))));
		String decree = """
				{"to": "DECIDED", "date": "%s", "decreeNumber": "800/10/2025", "authority": "Bupati",
				 "sanction": "WRITTEN_REPRIMAND", "effectiveFrom": "%s"}""";
		move(id, decree.formatted("2025-06-16", "2025-06-16")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		this.clock.set(LocalDateTime.of(2025, 6, 19, 10, 0));
		this.mvc.perform(get("/cases/{id}", id).session(hr()))
			.andExpect(content()
				.string(allOf(containsString("data-testid=\"step-DECIDED\""), containsString("tanpa pemeriksaan"))));
		move(id, decree.formatted("2025-06-18", "2025-06-18")).andExpect(status().isUnprocessableContent());
		move(id, decree.formatted("2025-06-19", "2025-06-19")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"));
	}

	@Test
	void aCaseRecordedAfterTheFactKeepsItsRealDatesThroughTheApi() throws Exception {
		long id = open(", \"date\": \"2025-02-10\"");
		this.mvc.perform(get("/api/v1/cases/{id}", id).with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.openedOn").value("2025-02-10"));
		move(id, "{\"to\": \"SUMMONED\", \"date\": \"2025-02-07\", \"summonsNumber\": \"800/6/DPK/2025\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("10 Februari 2025")));
		move(id, """
				{"to": "SUMMONED", "date": "2025-02-11", "summonsNumber": "800/6/DPK/2025",
				 "examinationDate": "2025-02-20"}""").andExpect(status().isOk());
		move(id, "{\"to\": \"EXAMINED\", \"date\": \"2025-02-20\", \"examiner\": \"Kepala Bidang\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.examinedOn").value("2025-02-20"));
		// Not in the future.
		this.mvc
			.perform(post("/api/v1/cases").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"nip": "%s", "year": 2025, "violation": "Menggunakan fasilitas negara untuk kampanye",
						 "date": "2025-06-17"}""".formatted(nip)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
	}

	@Test
	void aCaseRecordedAfterTheFactKeepsItsRealDatesThroughTheForm() throws Exception {
		MockHttpSession hr = hr();
		this.mvc.perform(get("/cases/new").session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"date\""), containsString("2025-06-16"))));
		MvcResult opened = this.mvc
			.perform(post("/cases/new").session(hr)
				.with(csrf())
				.param("nip", nip)
				.param("year", "2025")
				.param("violation", "Menghadiri deklarasi pasangan calon Pilkada")
				.param("date", "2025-03-04"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = opened.getResponse().getRedirectedUrl();
		this.mvc.perform(get(location).session(hr)).andExpect(content().string(containsString("Selasa, 4 Maret 2025")));
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get("/api/v1/cases/{id}", id).with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.openedOn").value("2025-03-04"));
	}

	@Test
	void theBannerNamesTheStepInIndonesian() throws Exception {
		long id = open("");
		MockHttpSession hr = hr();
		MvcResult moved = this.mvc
			.perform(post("/cases/{id}/transitions", id).session(hr)
				.with(csrf())
				.param("to", "SUMMONED")
				.param("date", "2025-06-16")
				.param("version", "0")
				.param("summonsNumber", "800/7/DPK/2025")
				.param("examinationDate", "2025-06-25"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		this.mvc.perform(get("/cases/{id}", id).session(hr).flashAttrs(moved.getFlashMap()))
			.andExpect(content().string(allOf(containsString("Langkah kasus dicatat: Dipanggil."),
					not(containsString("dicatat: SUMMONED")))));
	}

	/**
	 * The Sekda decides and signs (product.md §1), but opening a case and its summons,
	 * examination, delivery and cancellation are BKPSDM's (issue 14, authorization
	 * matrix): refused with 403 before any field is looked at, and not offered on the
	 * page.
	 */
	@Test
	void theSekdaDecidesButLeavesOpeningAndTheOtherStepsToBkpsdm() throws Exception {
		this.mvc
			.perform(post("/api/v1/cases").with(httpBasic("sekda", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nip\": \"%s\", \"year\": 2025, \"violation\": \"Apa saja\"}".formatted(nip)))
			.andExpect(status().isForbidden());
		long id = openOn(LocalDateTime.of(2025, 6, 2, 9, 0));
		this.mvc
			.perform(post("/api/v1/cases/{id}/transitions", id).with(httpBasic("sekda", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"SUMMONED\"}"))
			.andExpect(status().isForbidden());
		move(id, """
				{"to": "SUMMONED", "date": "2025-06-02", "summonsNumber": "800/3/DPK/2025",
				 "examinationDate": "2025-06-11"}""").andExpect(status().isOk());
		move(id, "{\"to\": \"EXAMINED\", \"date\": \"2025-06-11\", \"examiner\": \"Tim Pemeriksa\", \"team\": true}")
			.andExpect(status().isOk());
		MockHttpSession sekda = Logins.loginAsDemo(this.mvc, "sekda");
		this.mvc.perform(get("/cases/{id}", id).session(sekda))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"step-DECIDED\""),
					not(containsString("data-testid=\"step-EXAMINED\"")),
					not(containsString("data-testid=\"step-CANCELLED\"")))));
		this.mvc.perform(get("/cases/new").session(sekda)).andExpect(status().isForbidden());
		this.mvc.perform(post("/cases/{id}/transitions", id).session(sekda).with(csrf()).param("to", "CANCELLED"))
			.andExpect(status().isForbidden());
		// Deciding is the Sekda's: the request gets past authorization to the fields.
		this.mvc
			.perform(post("/api/v1/cases/{id}/transitions", id).with(httpBasic("sekda", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"DECIDED\"}"))
			.andExpect(status().isUnprocessableContent());
	}

	private MockHttpSession hr() throws Exception {
		return Logins.loginAsDemo(this.mvc, "bkpsdm");
	}

	/** A case opened on the day, with today's clock back afterwards. */
	private long openOn(LocalDateTime when) throws Exception {
		this.clock.set(when);
		long id = open("");
		this.clock.set(LocalDateTime.of(2025, 6, 16, 10, 0));
		return id;
	}

	private long open(String extra) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/cases").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"nip": "%s", "year": 2025, "violation": "Memasang spanduk pasangan calon saat kampanye Pilkada"%s}"""
							.formatted(nip, extra)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).get("id").asLong();
	}

	private ResultActions move(long id, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/cases/{id}/transitions", id).with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
