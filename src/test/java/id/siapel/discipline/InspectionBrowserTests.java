package id.siapel.discipline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.SelectOption;
import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.organization.UnitView;
import id.siapel.testsupport.Browsers;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BKPSDM records an inspection in a browser, on a desktop and on a phone (390×844): picks
 * the OPD, the roster of that day comes in by htmx with what the sheet says, a search
 * narrows it, ticks one employee marked present and one marked TK, saves, and finds the
 * inspection in the list with one flagged. Screenshots in {@code target/screenshots}.
 */
@SiapelServerTest
class InspectionBrowserTests {

	static final LocalDate DAY = LocalDate.of(2025, 2, 4);

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

	BrowserContext context;

	Page page;

	final List<String> consoleErrors = new ArrayList<>();

	UnitView opd;

	List<String> staff;

	@BeforeAll
	static void launch() {
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright);
		// Two cores shared by several test runs: give htmx requests time.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
	}

	@AfterAll
	static void close() {
		playwright.close();
	}

	@BeforeEach
	void anOpdWithASubmittedApelPagi() {
		this.clock.set(DAY.atTime(9, 0));
		this.opd = this.fixtures.opd("Dinas Sidak Peramban");
		this.staff = List.of(this.fixtures.employee(this.opd.code(), "Hadi Santoso", LocalDate.of(2016, 1, 4)),
				this.fixtures.employee(this.opd.code(), "Indah Permatasari", LocalDate.of(2016, 1, 4)),
				this.fixtures.employee(this.opd.code(), "Joko Widodo Saputra", LocalDate.of(2016, 1, 4)), this.fixtures
					.employee(this.opd.code(), "Kurniawati Dewi Anggraeni, S.Kom., M.M.", LocalDate.of(2016, 1, 4)));
		this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(this.opd.code(), DAY, Session.MORNING,
				null, null,
				List.of(new SubmitRollCall.Mark(this.staff.get(1), AttendanceStatus.UNEXCUSED, null, null, null)))));
		this.clock.set(DAY.atTime(10, 0));
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
		this.clock.reset();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "desktop, 1280, 900", "phone, 390, 844" })
	void recordsAnInspectionFromTheRosterOfThatDay(String name, int width, int height) {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
		this.page.navigate(url("/login"));
		this.page.getByLabel("Nama pengguna").fill("bkpsdm");
		this.page.getByLabel("Kata sandi").fill(SiapelIntegrationTest.DEMO_PASSWORD);
		this.page.locator("form button[type=submit]").click();
		assertThat(this.page).hasURL(url("/"));

		this.page.navigate(url("/inspections/new"));
		this.page.locator("#day").fill(DAY.toString());
		this.page.locator("#unitCode").selectOption(new SelectOption().setValue(this.opd.code()));
		assertThat(this.page.getByTestId("roster")).containsText("Indah Permatasari");
		assertThat(this.page.getByTestId("roster")).containsText("Tanpa keterangan");
		this.page.locator("#time").fill("08:10");
		this.page.locator("#inspectorKind").selectOption("REGENT");
		this.page.locator("#inspector").fill("Bupati Sukamaju bersama Inspektur Daerah");
		this.page.locator("input[name=absentNips][value='" + this.staff.get(0) + "']").check();
		this.page.locator("input[name=absentNips][value='" + this.staff.get(1) + "']").check();
		this.page.locator("#note").fill("Sidak pukul 08.10: dua pegawai tidak ada di ruangan.");
		assertThat(this.consoleErrors).as("before the first screenshot").isEmpty();
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/inspection-form-" + name + ".png"))
					.setFullPage(true));

		assertThat(this.consoleErrors).as("after the first screenshot").isEmpty();
		// The search narrows the roster and keeps what was ticked.
		this.page.locator("#q").fill("joko");
		assertThat(this.page.getByTestId("roster")).not().containsText("Kurniawati");
		assertThat(this.page.getByTestId("roster")).containsText("Joko Widodo Saputra");
		assertThat(this.page.locator("input[name=absentNips][value='" + this.staff.get(0) + "']")).isChecked();

		assertThat(this.consoleErrors).as("after the search").isEmpty();
		this.page.getByTestId("inspection-submit").click();
		assertThat(this.page).hasURL(url("/inspections"));
		assertThat(this.page.getByTestId("flash-success"))
			.containsText("2 pegawai tidak ada di tempat, 1 di antaranya");
		this.page.navigate(url("/inspections?unit=" + this.opd.code()));
		assertThat(this.page.locator("[data-testid=inspections] .badge.text-bg-danger").first())
			.containsText("1 Tercatat hadir");
		this.page.locator("[data-testid=inspections] details summary").first().click();
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/inspection-list-" + name + ".png"))
					.setFullPage(true));
		assertThat(this.consoleErrors).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
