package id.siapel.testsupport;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Discipline cases opened and moved by BKPSDM through the API, as tests of reports need
 * them.
 */
public final class CasesThroughApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CasesThroughApi() {
	}

	/**
	 * Opens a case for a non-attendance violation (PP 94/2021 Pasal 5 huruf n); its id.
	 */
	public static long open(MockMvc mvc, String nip, int year) throws Exception {
		String body = mvc
			.perform(post("/api/v1/cases").with(httpBasic("bkpsdm", SiapelIntegrationTest.DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"nip": "%s", "year": %d,
						 "violation": "Menghadiri deklarasi pasangan calon kepala daerah dengan atribut PNS",
						 "article": "PP 94/2021 Pasal 5 huruf n", "sanction": "ALLOWANCE_CUT_6_MONTHS"}"""
					.formatted(nip, year)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).get("id").asLong();
	}

	/**
	 * One step of the case ({@code POST /api/v1/cases/{id}/transitions}), expected to
	 * pass.
	 */
	public static void move(MockMvc mvc, long id, String json) throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/transitions", id)
			.with(httpBasic("bkpsdm", SiapelIntegrationTest.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isOk());
	}

}
