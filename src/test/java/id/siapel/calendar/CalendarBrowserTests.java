package id.siapel.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import id.siapel.organization.UnitView;
import id.siapel.testsupport.Browsers;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BKPSDM staff on a phone (390×844) open the 2025 year view: 8 April is a working day, 31
 * March is Idul Fitri (its name on tap), and a regional holiday added through the form
 * shows in the unit's view.
 */
@SiapelServerTest
class CalendarBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CalendarDays days;

	BrowserContext context;

	Page page;

	final List<String> consoleErrors = new ArrayList<>();

	@BeforeAll
	static void launch() {
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright);
	}

	@AfterAll
	static void close() {
		playwright.close();
	}

	@BeforeEach
	void loginAsHrOnAPhone() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
		this.page.navigate(url("/login"));
		this.page.getByLabel("Nama pengguna").fill("bkpsdm");
		this.page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
		this.page.locator("form button[type=submit]").click();
		assertThat(this.page).hasURL(url("/"));
	}

	@AfterEach
	void closePhone() {
		this.context.close();
	}

	@Test
	void hrSeesLebaran2025AndAddsARegionalHolidayThroughTheForm() {
		UnitView unit = this.fixtures.opd("Dinas Pariwisata Uji");

		this.page.navigate(url("/calendar/2025"));
		assertThat(this.page.getByTestId("calendar-title")).hasText("Kalender kerja 2025");
		Locator firstAfterLebaran = this.page.locator("td[data-date='2025-04-08']");
		assertThat(firstAfterLebaran).hasAttribute("data-working", "true");
		assertThat(firstAfterLebaran).hasAttribute("data-kind", "WORKING");
		Locator idulFitri = this.page.locator("td[data-date='2025-03-31']");
		assertThat(idulFitri).hasAttribute("data-working", "false");
		assertThat(idulFitri).hasAttribute("data-kind", "NATIONAL_HOLIDAY");
		assertThat(idulFitri).hasAttribute("title", "Libur nasional: Hari Raya Idul Fitri 1446 H");
		idulFitri.getByRole(AriaRole.LINK).click();
		assertThat(this.page).hasURL(url("/calendar/2025#d-2025-03-31"));
		assertThat(this.page.locator("li#d-2025-03-31")).containsText("Senin, 31 Maret 2025");
		assertThat(this.page.locator("li#d-2025-03-31")).containsText("Hari Raya Idul Fitri 1446 H");
		assertThat(this.page.locator("li#d-2025-03-31")).isInViewport();
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/calendar-2025-phone.png")));

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah hari libur")).click();
		this.page.getByLabel("Tanggal", new Page.GetByLabelOptions().setExact(true)).fill("2025-10-15");
		this.page.getByLabel("Jenis", new Page.GetByLabelOptions().setExact(true)).selectOption("REGIONAL_HOLIDAY");
		this.page.getByLabel("Nama", new Page.GetByLabelOptions().setExact(true)).fill("Hari Jadi Dinas Pariwisata");
		this.page.getByLabel("Dasar hukum", new Page.GetByLabelOptions().setExact(true))
			.fill("Keputusan Bupati Nomor 100/2025");
		this.page.getByLabel("Berlaku untuk unit").selectOption(unit.code());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();

		assertThat(this.page).hasURL(url("/calendar/2025?unit=" + unit.code()));
		assertThat(this.page.getByTestId("flash-success")).hasText("1 hari telah ditambahkan ke kalender.");
		Locator regional = this.page.locator("td[data-date='2025-10-15']");
		assertThat(regional).hasAttribute("data-kind", "REGIONAL_HOLIDAY");
		assertThat(regional).hasAttribute("data-working", "false");
		assertThat(this.page.locator("li#d-2025-10-15")).containsText("Hari Jadi Dinas Pariwisata");
		regional.scrollIntoViewIfNeeded();
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/calendar-2025-regional-phone.png")));

		this.page.navigate(url("/calendar/2025"));
		assertThat(this.page.locator("td[data-date='2025-10-15']")).hasAttribute("data-working", "true");
		assertThat(this.page.locator("td[data-date='2025-10-15']"))
			.hasClass(java.util.regex.Pattern.compile("cal-restricted"));
		assertThat(this.consoleErrors).as("console errors (CSP violations, scripts)").isEmpty();

		this.fixtures.as("bkpsdm", () -> {
			this.days.between(LocalDate.of(2025, 10, 15), LocalDate.of(2025, 10, 15))
				.stream()
				.filter((day) -> day.name().equals("Hari Jadi Dinas Pariwisata"))
				.forEach((day) -> this.days.delete(day.id(), day.version()));
			return null;
		});
	}

	@Test
	void theYearViewFitsAWideScreenToo() {
		this.page.setViewportSize(1280, 900);
		this.page.navigate(url("/calendar/2025"));
		assertThat(this.page.locator("section.cal-month")).hasCount(12);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/calendar-2025-wide.png"))
			.setFullPage(true));
		this.page.navigate(url("/monitoring-periods"));
		assertThat(this.page.locator("h1")).hasText("Masa pemantauan");
		assertThat(this.consoleErrors).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
