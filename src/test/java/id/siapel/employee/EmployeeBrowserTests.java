package id.siapel.employee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
 * BKPSDM staff on a phone (390×844): create an employee, get the Indonesian error for a
 * NIP whose sex digit contradicts the sex, fix it, and find the employee by searching the
 * list.
 */
@SiapelServerTest
class EmployeeBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

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
	void hrCreatesAnEmployeeFixesABadNipAndFindsThemBySearch() {
		UnitView unit = this.fixtures.opd("Dinas Komunikasi dan Informatika Uji");
		String surname = "Purnamasari" + System.nanoTime() % 10000;

		this.page.navigate(url("/employees/new"));
		this.page.getByLabel("Jenis pegawai").selectOption("PNS");
		this.page.getByLabel("Jenis kelamin").selectOption("F");
		this.page.getByLabel("NIP / NI PPPK / Nomor registrasi").fill("19860926 201505 1 001");
		this.page.getByLabel("Nama", new Page.GetByLabelOptions().setExact(true)).fill("Ayu " + surname);
		this.page.getByLabel("Gelar belakang").fill("S.Kom.");
		this.page.getByLabel("Golongan").fill("III/b");
		this.page.getByLabel("Jabatan", new Page.GetByLabelOptions().setExact(true))
			.fill("Pranata Komputer Ahli Pertama");
		this.page.getByLabel("Jenis jabatan").selectOption("FUNCTIONAL");
		this.page.getByLabel("TMT").fill("2015-05-01");
		this.page.getByLabel("Unit kerja").selectOption(unit.code());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();

		assertThat(this.page.locator(".invalid-feedback").first())
			.hasText("Digit ke-15 NIP tidak sesuai dengan jenis kelamin (1 = laki-laki, 2 = perempuan).");
		assertThat(this.page.getByLabel("Nama", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Ayu " + surname);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/employee-nip-error.png"))
			.setFullPage(true));

		this.page.getByLabel("NIP / NI PPPK / Nomor registrasi").fill("19860926 201505 2 001");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
		assertThat(this.page.getByTestId("employee-name")).hasText("Ayu " + surname + ", S.Kom.");
		assertThat(this.page.getByTestId("employee-nip")).hasText("198609262015052001");
		assertThat(this.page.getByTestId("flash-success")).hasText("Pegawai telah ditambahkan.");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/employee-profile.png"))
			.setFullPage(true));

		this.page.navigate(url("/employees"));
		this.page.getByLabel("Cari nama atau NIP").fill(surname.toLowerCase());
		assertThat(this.page.getByTestId("employee-results")
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ayu " + surname + ", S.Kom.")))
			.isVisible();
		assertThat(this.page.getByTestId("employee-results")).containsText("1 pegawai");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/employee-search.png"))
			.setFullPage(true));
		assertThat(this.consoleErrors).as("console errors (CSP violations, scripts)").isEmpty();
	}

	@Test
	void theUnitTreeAndTheEmployeeListRenderOnAPhone() {
		this.page.navigate(url("/units"));
		assertThat(this.page.locator("h1")).hasText("Unit kerja");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/units.png")));
		this.page.navigate(url("/employees"));
		assertThat(this.page.locator("h1")).hasText("Pegawai");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/employees.png")));
		assertThat(this.consoleErrors).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
