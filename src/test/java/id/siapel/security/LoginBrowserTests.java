package id.siapel.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.siapel.testsupport.Browsers;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login form in a real Chromium on a phone-sized screen (390×844): each demo role
 * logs in and sees its own home page; a wrong password gets the Indonesian error. The
 * pages must not trip the Content-Security-Policy (the browser reports every violation on
 * the console).
 */
@SiapelServerTest
class LoginBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

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
	void openPhone() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("id-ID"));
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
	}

	@AfterEach
	void closePhone() {
		this.context.close();
	}

	@ParameterizedTest
	@CsvSource({ "admin, Administrator SiApel, home-admin, Administrator",
			"bkpsdm, 'Rina Kartika, S.Kom. (BKPSDM)', home-hr, BKPSDM",
			"sekda, 'Drs. H. Bambang Sutrisno, M.Si. (Sekda)', home-secretary, Sekretariat Daerah" })
	void eachDemoRoleLogsInAndSeesItsHomePage(String username, String fullName, String section, String roleName) {
		this.page.navigate(url("/"));
		assertThat(this.page).hasURL(url("/login"));
		assertThat(this.page.locator("h1")).hasText("Masuk ke SiApel");

		this.page.getByLabel("Nama pengguna").fill(username);
		this.page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk"))
			.click();

		assertThat(this.page).hasURL(url("/"));
		assertThat(this.page.getByTestId("greeting")).hasText("Selamat datang, " + fullName);
		assertThat(this.page.getByTestId("role")).hasText(roleName);
		assertThat(this.page.getByTestId(section)).isVisible();
		for (String other : List.of("home-admin", "home-hr", "home-secretary", "home-unit-head")) {
			if (!other.equals(section)) {
				assertThat(this.page.getByTestId(other)).hasCount(0);
			}
		}
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home-" + username + ".png"))
				.setFullPage(true));
		assertThat(this.consoleErrors).as("console errors (e.g. Content-Security-Policy violations)").isEmpty();
	}

	@Test
	void wrongPasswordShowsTheIndonesianErrorMessage() {
		this.page.navigate(url("/login"));
		this.page.getByLabel("Nama pengguna").fill("bkpsdm");
		this.page.getByLabel("Kata sandi").fill("bukan-kata-sandinya");
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk"))
			.click();

		assertThat(this.page).hasURL(url("/login?error"));
		assertThat(this.page.getByTestId("login-error")).hasText("Nama pengguna atau kata sandi salah.");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/login-error.png")));
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void theMenuOpensOnAPhoneAndLogsOut() {
		this.page.navigate(url("/login"));
		this.page.getByLabel("Nama pengguna").fill("sekda");
		this.page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
		this.page.locator("form button[type=submit]").click();
		assertThat(this.page).hasURL(url("/"));

		this.page.locator(".navbar-toggler").click();
		// Bootstrap ignores clicks inside the menu while it is still sliding open.
		assertThat(this.page.locator(".navbar-collapse.show")).isVisible();
		this.page.getByTestId("user-menu").click();
		this.page.getByText("Keluar").click();
		assertThat(this.page).hasURL(url("/login?logout"));
		assertThat(this.page.getByText("Anda telah keluar.")).isVisible();
		assertThat(this.consoleErrors).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
