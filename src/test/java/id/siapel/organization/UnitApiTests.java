package id.siapel.organization;

import java.time.LocalDate;

import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/v1/units} as api.md specifies it. */
@SiapelIntegrationTest
class UnitApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void createListAndSetTheHead() throws Exception {
		String parent = this.fixtures.root().code();
		String code = "APITEST" + System.nanoTime() % 100000;
		this.mvc
			.perform(post("/api/v1/units").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "%s", "name": "Dinas Pemadam Kebakaran", "kind": "AGENCY", "parentCode": "%s",
						 "workPattern": "SIX_DAY"}""".formatted(code.toLowerCase(), parent)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.parentCode").value(parent))
			.andExpect(jsonPath("$.workPattern").value("SIX_DAY"))
			.andExpect(jsonPath("$.headNip").isEmpty());

		this.mvc.perform(get("/api/v1/units").with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItem(code)));

		String outsider = this.fixtures.employee(this.fixtures.opd("Unit Lain").code(), "Orang Luar",
				LocalDate.of(2010, 1, 1));
		this.mvc
			.perform(put("/api/v1/units/" + code + "/head").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nip\": \"" + outsider + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nip"));

		String member = this.fixtures.employee(code, "Ir. Bambang Wijaya, M.T.", LocalDate.of(2010, 1, 1));
		this.mvc
			.perform(put("/api/v1/units/" + code + "/head").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nip\": \"" + member + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headNip").value(member));
	}

	@Test
	void badUnitsAre422AndUnknownOnes404() throws Exception {
		String parent = this.fixtures.root().code();
		this.mvc
			.perform(post("/api/v1/units").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "%s", "name": "Lagi", "kind": "AGENCY", "parentCode": "%s"}""".formatted(parent,
						parent)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		this.mvc
			.perform(post("/api/v1/units").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "ORPHAN1", "name": "Yatim", "kind": "AGENCY", "parentCode": "NO-SUCH-PARENT"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentCode"));
		this.mvc
			.perform(post("/api/v1/units").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "BAD1", "name": "X", "kind": "MINISTRY", "parentCode": "%s"}""".formatted(parent)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/units").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "two words", "name": "X", "kind": "AGENCY", "parentCode": "%s"}""".formatted(parent)))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(put("/api/v1/units/NO-SUCH-UNIT/head").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nip\": \"198609262015051001\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/units").with(httpBasic("sekda", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
	}

}
