package id.siapel.report.sanctions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.siapel.job.Jobs;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
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
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Sekda's sanction list (api.md, {@code /api/v1/reports/sanctions.pdf}): an A4 PDF
 * read back with PDFBox (names with Indonesian letters, NIPs, decree numbers, "Halaman x
 * dari y"), the public verification page of its QR code, a forged and an unknown code,
 * and no list for unit heads.
 */
@SiapelIntegrationTest
// The properties of the other job tests (one shared context): a list of more than 20 rows
// printed from its page is made by a job.
@TestPropertySource(properties = { "siapel.reports.inline-pdf-employees=5", "siapel.audit.inline-export-lines=5",
		"siapel.reports.inline-pdf-rows=20", "siapel.reports.max-pdf-employees=20" })
class SanctionListTests {

	static final Pattern CODE = Pattern.compile("([A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22})");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	DocumentCodes codes;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Jobs jobs;

	static final String HEAD_PASSWORD = "Kepala-Daftar-2025!";

	static UnitView opd;

	static List<String> nips = new ArrayList<>();

	@BeforeEach
	void thirtyDecidedCases() throws Exception {
		if (opd != null) {
			return;
		}
		this.clock.set(LocalDateTime.of(2025, 6, 2, 9, 0));
		opd = this.fixtures.opd("Dinas Daftar Sanksi Uji");
		for (int i = 1; i <= 30; i++) {
			String name = switch (i) {
				case 1 -> "Désirée Kusumawardhani";
				case 2 -> "Nur’aini Şahputra";
				default -> "Pegawai Daftar " + i;
			};
			this.clock.set(LocalDateTime.of(2025, 6, 2, 9, 0));
			String nip = this.fixtures.employee(opd.code(), name, null);
			nips.add(nip);
			long id = open(nip);
			this.clock.set(LocalDateTime.of(2025, 6, 16, 10, 0));
			move(id, "{\"to\": \"SUMMONED\", \"date\": \"2025-06-02\", \"summonsNumber\": \"800/" + i + "/P/2025\"}");
			move(id, "{\"to\": \"EXAMINED\", \"date\": \"2025-06-11\", \"examiner\": \"Tim Pemeriksa\", \"team\": true}");
			move(id, """
					{"to": "DECIDED", "date": "2025-06-13", "decreeNumber": "800.1.6/%d/BKPSDM/2025",
					 "authority": "Bupati Sukamaju", "sanction": "ALLOWANCE_CUT_6_MONTHS", "effectiveFrom": "2025-07-01"}"""
				.formatted(i));
		}
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theSekdaPrintsTheListAndItsQrCodeVerifiesIt() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/api/v1/reports/sanctions.pdf").param("year", "2025")
				.param("unit", opd.code())
				.with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Files.createDirectories(Path.of("target/test-documents"));
		Files.write(Path.of("target/test-documents/sanction-list.pdf"), pdf);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(2);
			assertThat(text).contains("Halaman 1 dari " + pages).contains("Halaman " + pages + " dari " + pages);
			// A4 landscape: 842 × 595 points.
			assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(840f, 844f);
			// Each page is a table of its own with the column headings (issue 15).
			PDFTextStripper page = new PDFTextStripper();
			for (int p = 1; p <= pages; p++) {
				page.setStartPage(p);
				page.setEndPage(p);
				String onPage = page.getText(document);
				if (onPage.contains("800.1.6/")) {
					assertThat(onPage).as("headings on page %d", p).contains("Pelanggaran").contains("Masa berlaku");
				}
			}
		}
		// Cells wrap: compare without the line breaks and spaces they add.
		String compact = text.replaceAll("\\s+", "");
		assertThat(compact).contains("DAFTARPEGAWAIYANGDIJATUHIHUKUMANDISIPLIN")
			.contains("DésiréeKusumawardhani")
			.contains("Nur’ainiŞahputra")
			.contains("800.1.6/1/BKPSDM/2025")
			.contains("800.1.6/30/BKPSDM/2025")
			.contains("1Juli2025s.d.31Desember2025");
		for (String nip : nips) {
			assertThat(compact).contains(nip);
		}
		Matcher code = CODE.matcher(text);
		assertThat(code.find()).as("the document's code is printed").isTrue();

		Matcher hash = Pattern.compile("SHA-256 ([0-9a-f]{16})").matcher(text);
		assertThat(hash.find()).as("the content hash is printed next to the code").isTrue();

		// Anyone holding the paper may open the verification page, without logging in:
		// it proves the document, but shows nobody's name or NIP (issue 14).
		this.mvc.perform(get("/verify/{code}", code.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"verify-valid\"")))
			.andExpect(content().string(containsString("DAFTAR PEGAWAI YANG DIJATUHI HUKUMAN DISIPLIN")))
			.andExpect(content().string(containsString("Sekretariat Daerah")))
			.andExpect(content().string(containsString("data-testid=\"verify-row-count\">30<")))
			.andExpect(content().string(containsString(hash.group(1))))
			.andExpect(content().string(not(containsString("Désirée Kusumawardhani"))))
			.andExpect(content().string(not(containsString("800.1.6/17/BKPSDM/2025"))))
			.andExpect(content().string(not(containsString(nips.get(29)))))
			.andExpect(content().string(not(containsString(nips.get(0)))))
			.andExpect(content().string(not(containsString("Dinas Daftar Sanksi Uji"))))
			.andExpect(content().string(not(containsString("Bambang"))))
			.andExpect(content().string(not(containsString("sekda"))));
		// A unit head sees only the proof too.
		this.mvc.perform(get("/verify/{code}", code.group(1)).session(unitHead()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"verify-row-count\">30<")))
			.andExpect(content().string(not(containsString(nips.get(29)))))
			.andExpect(content().string(not(containsString("Désirée Kusumawardhani"))));
		// HR, logged in, sees the rows.
		this.mvc.perform(get("/verify/{code}", code.group(1)).session(Logins.loginAsDemo(this.mvc, "bkpsdm")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Désirée Kusumawardhani")))
			.andExpect(content().string(containsString("800.1.6/17/BKPSDM/2025")))
			.andExpect(content().string(containsString(nips.get(29))))
			.andExpect(content().string(containsString("Dinas Daftar Sanksi Uji")));

		String forged = code.group(1).substring(0, code.group(1).length() - 1)
				+ (code.group(1).endsWith("A") ? "B" : "A");
		this.mvc.perform(get("/verify/{code}", forged))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("data-testid=\"verify-forged\"")))
			.andExpect(content().string(containsString("Kode tidak sah")));
		this.mvc.perform(get("/verify/{code}", "bukan-kode"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("data-testid=\"verify-forged\"")));
		this.mvc.perform(get("/verify/{code}", this.codes.codeOf(this.codes.newId())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("data-testid=\"verify-unknown\"")))
			.andExpect(content().string(containsString("Dokumen tidak dikenal")));
	}

	private MockHttpSession unitHead() throws Exception {
		String username = "kepala-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.create(new NewUser(username, HEAD_PASSWORD, "Kepala Dinas Daftar", Set.of(Role.UNIT_HEAD), opd.code()));
		return Logins.login(this.mvc, username, HEAD_PASSWORD);
	}

	@Test
	void thePrintablePageListsTheDecidedCasesForHr() throws Exception {
		var session = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(get("/reports/sanctions").param("year", "2025").param("unit", opd.code()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Désirée Kusumawardhani")))
			.andExpect(content().string(containsString("800.1.6/30/BKPSDM/2025")));
		// A short list (none light) comes at once; the 30 moderate ones go to a job
		// (below).
		this.mvc
			.perform(get("/reports/sanctions.pdf").param("year", "2025")
				.param("unit", opd.code())
				.param("level", "LIGHT")
				.session(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
	}

	@Test
	void unitHeadsCannotSeeTheList() throws Exception {
		this.mvc
			.perform(get("/api/v1/reports/sanctions.pdf").param("year", "2025")
				.with(httpBasic("kepala-dinkes", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/cases").with(httpBasic("kepala-dinkes", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		var session = Logins.loginAsDemo(this.mvc, "kepala-dinkes");
		this.mvc.perform(get("/reports/sanctions").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/sanctions.pdf").session(session)).andExpect(status().isForbidden());
	}

	/**
	 * A list longer than the request may render (issue 15; 20 rows here, 500 by default)
	 * printed from its page is kept at once, with its code and audit line, and made by a
	 * background job from the kept snapshot: the browser is sent to the job's page, and
	 * only the user who printed it downloads the file. A short list is still sent at
	 * once; the API always sends the PDF itself (api.md).
	 */
	@Test
	void aLongListPrintedFromItsPageIsMadeByAJobFromTheKeptSnapshot() throws Exception {
		MockHttpSession sekda = Logins.loginAsDemo(this.mvc, "sekda");
		String location = this.mvc
			.perform(get("/reports/sanctions.pdf").param("year", "2025").param("unit", opd.code()).session(sekda))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).matches("/jobs/\\d+");
		assertThat(this.jobs.runPendingNow()).isPositive();
		this.mvc.perform(get(location + "/download").session(Logins.loginAsDemo(this.mvc, "bkpsdm")))
			.andExpect(status().isNotFound());
		byte[] pdf = this.mvc.perform(get(location + "/download").session(sekda))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		String compact = text.replaceAll("\\s+", "");
		for (int i = 1; i <= 30; i++) {
			assertThat(compact).contains("800.1.6/" + i + "/BKPSDM/2025");
		}
		Matcher code = CODE.matcher(text);
		assertThat(code.find()).as("the kept list's code is printed").isTrue();
		this.mvc.perform(get("/verify/{code}", code.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"verify-valid\"")))
			.andExpect(content().string(containsString("data-testid=\"verify-row-count\">30<")));

		this.mvc
			.perform(get("/reports/sanctions.pdf").param("year", "2025")
				.param("unit", opd.code())
				.param("level", "SEVERE")
				.session(sekda))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		this.mvc
			.perform(get("/api/v1/reports/sanctions.pdf").param("year", "2025")
				.param("unit", opd.code())
				.with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
	}

	long open(String nip) throws Exception {
		return CasesThroughApi.open(this.mvc, nip, 2025);
	}

	void move(long id, String json) throws Exception {
		CasesThroughApi.move(this.mvc, id, json);
	}

}
