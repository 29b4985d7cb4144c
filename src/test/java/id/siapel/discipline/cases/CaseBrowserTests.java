package id.siapel.discipline.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.calendar.WorkCalendars;
import id.siapel.organization.UnitView;
import id.siapel.testsupport.Browsers;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: BKPSDM takes an employee's recommendation to a decided case (open in
 * one click, summons, examination, decree), and the Sekda downloads the sanction list as
 * a PDF that names the employee and the decree.
 */
@SiapelServerTest
class CaseBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	WorkCalendars calendars;

	BrowserContext context;

	@BeforeAll
	static void launch() {
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright);
	}

	@AfterAll
	static void close() {
		playwright.close();
	}

	@AfterEach
	void closeBrowser() {
		this.clock.reset();
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void hrTakesARecommendationToADecreeAndTheSekdaDownloadsTheList() throws Exception {
		UnitView opd = this.fixtures.opd("Dinas Peramban Kasus");
		LocalDate today = LocalDate.now(this.clock);
		String nip = this.fixtures.employee(opd.code(), "Agus Sétiawan", today.withDayOfYear(1));
		// Four unexcused working days early this year: a written reprimand.
		List<LocalDate> days = this.calendars.current()
			.forUnit(opd.id())
			.workingDays(today.withDayOfYear(1).plusDays(7), today.minusDays(1))
			.subList(0, 4);
		for (LocalDate day : days) {
			this.clock.set(day.atTime(17, 0));
			for (Session session : Session.values()) {
				this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(opd.code(), day, session, null,
						null, List.of(new SubmitRollCall.Mark(nip, AttendanceStatus.UNEXCUSED, null, null, null)))));
			}
		}
		this.clock.reset();

		Page hr = login("bkpsdm");
		hr.navigate(url("/discipline/employees/" + nip));
		hr.locator("[data-testid=open-case]").click();
		assertThat(hr.locator("[data-testid=case-status]")).hasText("Diusulkan");

		var summons = hr.locator("[data-testid=step-SUMMONED]");
		summons.locator("[name=summonsNumber]").fill("800.1.6/71/DPK/" + today.getYear());
		// The examination is set for tomorrow; the BAP is recorded on that day, not
		// before
		// (PP 94/2021, Perban BKN 6/2022).
		LocalDate examined = today.plusDays(1);
		summons.locator("[name=examinationDate]").fill(examined.toString());
		this.clock.set(examined.atTime(10, 0));
		summons.locator("button[type=submit]").click();
		assertThat(hr.locator("[data-testid=case-status]")).hasText("Dipanggil");

		var examination = hr.locator("[data-testid=step-EXAMINED]");
		examination.locator("[name=examiner]").fill("Sekretaris Dinas");
		examination.locator("button[type=submit]").click();
		assertThat(hr.locator("[data-testid=case-status]")).hasText("Diperiksa");

		// A decree without its number is refused next to the field.
		var decree = hr.locator("[data-testid=step-DECIDED]");
		decree.locator("[name=authority]").fill("Kepala Dinas Peramban Kasus");
		decree.locator("[name=effectiveFrom]").fill(examined.toString());
		decree.locator("[name=decreeNumber]").evaluate("e => e.removeAttribute('required')");
		decree.locator("button[type=submit]").click();
		assertThat(hr.locator("[data-testid=step-DECIDED] .invalid-feedback").first()).hasText("Nomor SK wajib diisi.");
		decree = hr.locator("[data-testid=step-DECIDED]");
		decree.locator("[name=decreeNumber]").fill("800.1.6/88/SK-HD/" + today.getYear());
		decree.locator("[name=authority]").fill("Kepala Dinas Peramban Kasus");
		decree.locator("[name=effectiveFrom]").fill(examined.toString());
		assertThat(decree.locator("[name=sanction]")).hasValue("WRITTEN_REPRIMAND");
		decree.locator("button[type=submit]").click();
		assertThat(hr.locator("[data-testid=case-status]")).hasText("Diputuskan");
		assertThat(hr.locator("[data-testid=case-decree]")).containsText("800.1.6/88/SK-HD/" + today.getYear());
		hr.context().close();
		this.clock.reset();

		Page sekda = login("sekda");
		sekda.navigate(url("/reports/sanctions?unit=" + opd.code()));
		assertThat(sekda.locator("[data-testid=sanction-list]")).containsText("Agus Sétiawan");
		Download download = sekda.waitForDownload(() -> sekda.locator("[data-testid=sanction-pdf]").click());
		byte[] pdf = Files.readAllBytes(download.path());
		Files.createDirectories(Path.of("target/test-documents"));
		Files.write(Path.of("target/test-documents/browser-sanction-list.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text.replaceAll("\\s+", "")).contains("AgusSétiawan")
				.contains(nip)
				.contains("800.1.6/88/SK-HD/" + today.getYear());
			assertThat(text).contains("Halaman 1 dari " + document.getNumberOfPages());
		}
	}

	private Page login(String username) {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		Page page = this.context.newPage();
		page.navigate(url("/login"));
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
		page.locator("form button[type=submit]").click();
		assertThat(page).hasURL(url("/"));
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
