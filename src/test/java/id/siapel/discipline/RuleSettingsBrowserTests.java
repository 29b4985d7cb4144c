package id.siapel.discipline;

import java.nio.file.Path;
import java.time.LocalDateTime;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.siapel.testsupport.Browsers;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;

/**
 * The rule settings pages on a desktop and on a phone (390×844), as the administrator
 * sees them, with screenshots in {@code target/screenshots}; the ladder form shows its
 * errors next to the rungs.
 */
@SiapelServerTest
class RuleSettingsBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

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
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theSettingsPagesOnADesktopAndOnAPhone() {
		this.clock.set(LocalDateTime.of(2026, 12, 7, 9, 0));
		for (int[] size : new int[][] { { 1280, 900 }, { 390, 844 } }) {
			String suffix = (size[0] < 500) ? "phone" : "desktop";
			try (BrowserContext context = browser
				.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
				Page page = context.newPage();
				page.navigate(url("/login"));
				page.getByLabel("Nama pengguna").fill("admin");
				page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
				page.locator("form button[type=submit]").click();
				shot(page, "/discipline/rules", "rules-counting-" + suffix);
				shot(page, "/discipline/rules/counting/new", "rules-counting-form-" + suffix);
				shot(page, "/discipline/rules/ladders", "rules-ladders-" + suffix);
				shot(page, "/discipline/rules/ladders/pppk/new", "rules-ladder-form-" + suffix);
				page.locator("input[name='steps[1].minDays']").fill("5");
				page.locator("input[name='effectiveFrom']").fill("2027-01-01");
				page.locator("[data-testid=ladder-form] button[type=submit]").click();
				assertThat(page.getByTestId("form-errors")).containsText("Tangga sanksi belum benar");
				assertThat(page.locator("[data-testid=step-1] .invalid-feedback").first()).containsText("Ada celah");
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(Path.of("target/screenshots/rules-ladder-errors-" + suffix + ".png"))
					.setFullPage(true));
				shot(page, "/discipline/rules/non-asn/new", "rules-non-asn-form-" + suffix);
				shot(page, "/attendance/policy", "rules-policy-" + suffix);
				shot(page, "/attendance/policy/new", "rules-policy-form-" + suffix);
			}
		}
	}

	private void shot(Page page, String path, String name) {
		page.navigate(url(path));
		assertThat(page.locator("h1")).isVisible();
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
