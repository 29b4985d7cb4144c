package id.siapel.report.sanctions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import id.siapel.organization.UnitView;
import id.siapel.testsupport.CasesThroughApi;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sanction list in the order the decrees were made (decree date, then the name
 * without its titles), on the page and in the PDF; and names with academic titles that
 * the PDF's narrow name column wraps between words only, never inside a title ("A.Md.",
 * "M.Si.").
 */
@SiapelIntegrationTest
class SanctionListOrderTests {

	/** Name and decree date, in the order of entry (not the expected order). */
	static final List<String[]> CASES = List.of(new String[] { "Sri Wahyuni, A.Md.", "2025-06-20" },
			new String[] { "Dr. H. Ahmad Fauzi Rahmatullah, S.H., M.Si.", "2025-06-13" },
			new String[] { "Bambang Wibisono, A.Md.Kom.", "2025-06-13" },
			new String[] { "Yuliani Kartikasari, S.Sos., M.A.P.", "2025-05-28" });

	/** Decree date first, then the name without its titles. */
	static final List<String> EXPECTED = List.of("Yuliani Kartikasari, S.Sos., M.A.P.",
			"Dr. H. Ahmad Fauzi Rahmatullah, S.H., M.Si.", "Bambang Wibisono, A.Md.Kom.", "Sri Wahyuni, A.Md.");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	static UnitView opd;

	@BeforeEach
	void decidedOnDifferentDays() throws Exception {
		if (opd != null) {
			return;
		}
		this.clock.set(LocalDateTime.of(2025, 5, 2, 9, 0));
		opd = this.fixtures.opd("Dinas Urutan Daftar Sanksi");
		int i = 0;
		for (String[] c : CASES) {
			i++;
			this.clock.set(LocalDateTime.of(2025, 5, 2, 9, 0));
			String nip = this.fixtures.employee(opd.code(), c[0], null);
			long id = open(nip);
			this.clock.set(LocalDateTime.of(2025, 6, 25, 10, 0));
			move(id, "{\"to\": \"SUMMONED\", \"date\": \"2025-05-12\", \"summonsNumber\": \"800/" + i + "/U/2025\"}");
			move(id, "{\"to\": \"EXAMINED\", \"date\": \"2025-05-20\", \"examiner\": \"Tim Pemeriksa\", \"team\": true}");
			move(id, """
					{"to": "DECIDED", "date": "%s", "decreeNumber": "800.1.6/%d/URUT/2025",
					 "authority": "Bupati Sukamaju", "sanction": "ALLOWANCE_CUT_6_MONTHS", "effectiveFrom": "2025-07-01"}"""
				.formatted(c[1], i));
		}
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void thePageListsTheDecreesByDateThenName() throws Exception {
		var session = Logins.loginAsDemo(this.mvc, "sekda");
		String page = this.mvc
			.perform(get("/reports/sanctions").param("year", "2025").param("unit", opd.code()).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertInOrder(page, EXPECTED);
	}

	@Test
	void thePdfListsTheDecreesByDateThenNameAndKeepsEveryTitleWhole() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/api/v1/reports/sanctions.pdf").param("year", "2025")
				.param("unit", opd.code())
				.with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Files.createDirectories(Path.of("target/test-documents"));
		Files.write(Path.of("target/test-documents/sanction-list-titles.pdf"), pdf);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			text = stripper.getText(document);
		}
		// Cells wrap over several lines, which the text interleaves: one word per name.
		assertInOrder(text, List.of("Yuliani", "Ahmad", "Wibisono", "Wahyuni"));
		// Each title on one line: a break inside one would leave "A." at the end of a
		// line and "Md." at the start of the next.
		List<String[]> titles = List.of(new String[] { "Md.", "A.Md." }, new String[] { "Kom.", "A.Md.Kom." },
				new String[] { "Si.", "M.Si." }, new String[] { "Sos.", "S.Sos.," }, new String[] { "A.P.", "M.A.P." },
				new String[] { "H.,", "S.H.," });
		for (String line : text.split("\\R")) {
			for (String[] title : titles) {
				if (line.contains(title[0])) {
					assertThat(line).as("a line with %s", title[0]).contains(title[1]);
				}
			}
		}
	}

	private static void assertInOrder(String text, List<String> names) {
		int last = -1;
		for (String name : names) {
			int at = text.indexOf(name);
			assertThat(at).as("%s is listed", name).isGreaterThanOrEqualTo(0);
			assertThat(at).as("%s comes after the one before", name).isGreaterThan(last);
			last = at;
		}
	}

	private long open(String nip) throws Exception {
		return CasesThroughApi.open(this.mvc, nip, 2025);
	}

	private void move(long id, String json) throws Exception {
		CasesThroughApi.move(this.mvc, id, json);
	}

}
