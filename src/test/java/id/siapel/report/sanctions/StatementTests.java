package id.siapel.report.sanctions;

import java.time.LocalDateTime;

import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statement that an employee has no sanction on record, from the profile: a PDF with
 * the letterhead and a verifiable code for someone without sanctions; refused with the
 * reason while a sanction is in force; after it ends, a statement that none is in force
 * that lists the past one; not for unit heads.
 */
@SiapelIntegrationTest
class StatementTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void noSanctionSanctionInForceAndSanctionEnded() throws Exception {
		this.clock.set(LocalDateTime.of(2025, 5, 2, 9, 0));
		UnitView opd = this.fixtures.opd("Dinas Surat Pernyataan Uji");
		String clean = this.fixtures.employee(opd.code(), "Renée Widyaningsih", null);
		String sanctioned = this.fixtures.employee(opd.code(), "Dodi Firmansyah", null);
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");

		byte[] pdf = this.mvc.perform(get("/reports/statements/{nip}.pdf", clean).session(hr))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("SURAT PERNYATAAN TIDAK PERNAH DIJATUHI HUKUMAN DISIPLIN")
			.contains("Renée Widyaningsih")
			.contains(clean)
			.contains("tidak pernah dijatuhi hukuman disiplin");
		assertThat(SanctionListTests.CODE.matcher(text).find()).isTrue();

		long id = JSON.readTree(this.mvc
			.perform(post("/api/v1/cases").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nip\": \"" + sanctioned + "\", \"violation\": \"Menyalahgunakan wewenang\","
						+ " \"article\": \"PP 94/2021 Pasal 5 huruf a\", \"openedOn\": \"2025-04-01\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
		for (String move : new String[] { "{\"to\": \"SUMMONED\", \"date\": \"2025-04-02\"}",
				"{\"to\": \"EXAMINED\", \"date\": \"2025-04-15\"}",
				"{\"to\": \"DECIDED\", \"date\": \"2025-04-21\", \"decreeNumber\": \"800/44/SK-HD/2025\","
						+ " \"authority\": \"Bupati Sukamaju\", \"sanction\": \"ALLOWANCE_CUT_6_MONTHS\","
						+ " \"effectiveFrom\": \"2025-05-01\"}" }) {
			this.mvc
				.perform(post("/api/v1/cases/{id}/transitions", id).with(httpBasic("bkpsdm", DEMO_PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content(move))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/reports/statements/{nip}.pdf", sanctioned).session(hr))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/employees/" + sanctioned))
			.andExpect(flash().attribute("warning", "statement.sanctionInForce"));

		// The six months end on 31 October 2025.
		this.clock.set(LocalDateTime.of(2025, 11, 3, 9, 0));
		text = text(this.mvc.perform(get("/reports/statements/{nip}.pdf", sanctioned).session(hr))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(text).contains("TIDAK SEDANG MENJALANI HUKUMAN DISIPLIN")
			.doesNotContain("TIDAK PERNAH")
			.contains("800/44/SK-HD/2025");

		MockHttpSession head = Logins.loginAsDemo(this.mvc, "kepala-dinkes");
		this.mvc.perform(get("/reports/statements/{nip}.pdf", clean).session(head)).andExpect(status().isForbidden());
	}

	@Test
	void aSanctionDecidedToStartLaterRefusesTheStatement() throws Exception {
		this.clock.set(LocalDateTime.of(2025, 5, 2, 9, 0));
		UnitView opd = this.fixtures.opd("Dinas Surat Pernyataan Mendatang");
		String nip = this.fixtures.employee(opd.code(), "Yusuf Maulana", null);
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		long id = JSON.readTree(this.mvc
			.perform(post("/api/v1/cases").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nip\": \"" + nip + "\", \"violation\": \"Menyalahgunakan wewenang\","
						+ " \"article\": \"PP 94/2021 Pasal 5 huruf a\", \"openedOn\": \"2025-04-01\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
		for (String move : new String[] { "{\"to\": \"SUMMONED\", \"date\": \"2025-04-02\"}",
				"{\"to\": \"EXAMINED\", \"date\": \"2025-04-15\"}",
				"{\"to\": \"DECIDED\", \"date\": \"2025-04-21\", \"decreeNumber\": \"800/45/SK-HD/2025\","
						+ " \"authority\": \"Bupati Sukamaju\", \"sanction\": \"ALLOWANCE_CUT_6_MONTHS\","
						+ " \"effectiveFrom\": \"2025-06-01\"}" }) {
			this.mvc
				.perform(post("/api/v1/cases/{id}/transitions", id).with(httpBasic("bkpsdm", DEMO_PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content(move))
				.andExpect(status().isOk());
		}
		// Decided on 21 April, in force from 1 June: on 2 May the statement would be
		// false.
		this.mvc.perform(get("/reports/statements/{nip}.pdf", nip).session(hr))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warning", "statement.sanctionFuture"));
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
