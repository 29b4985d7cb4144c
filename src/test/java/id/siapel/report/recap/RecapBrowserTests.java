package id.siapel.report.recap;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BKPSDM opens the recaps of the demo regency's current month on a desktop and on a phone
 * (390×844): by OPD, drills down to an OPD's employees and to one employee's days. The
 * tables scroll sideways on the phone instead of widening the page. Screenshots go to
 * {@code target/screenshots}.
 */
@SiapelServerTest
class RecapBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright);
	}

	@AfterAll
	static void close() {
		playwright.close();
	}

	@Test
	void drillsDownFromOpdsToEmployeesToDaysOnADesktopAndAPhone() {
		for (int[] size : new int[][] { { 1280, 900 }, { 390, 844 } }) {
			String suffix = (size[0] < 500) ? "phone" : "desktop";
			List<String> errors = new ArrayList<>();
			try (BrowserContext context = browser
				.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
				Page page = context.newPage();
				page.onConsoleMessage((message) -> {
					if ("error".equals(message.type())) {
						errors.add(message.text());
					}
				});
				page.navigate(url("/login"));
				page.getByLabel("Nama pengguna").fill("bkpsdm");
				page.getByLabel("Kata sandi").fill("siapel-demo");
				page.locator("form button[type=submit]").click();
				page.navigate(url("/reports/recap"));
				assertThat(page.getByTestId("recap-opd")).isVisible();
				assertThat(page.getByTestId("export-xlsx")).isVisible();
				shot(page, "recap-opd-" + suffix);
				page.getByTestId("recap-opd").locator("tbody tr").first().locator("a").first().click();
				assertThat(page.getByTestId("recap-employees")).isVisible();
				assertThat(page.getByTestId("export-pdf")).isVisible();
				shot(page, "recap-employees-" + suffix);
				page.getByTestId("recap-employees").locator("tbody tr").first().locator("a").first().click();
				assertThat(page.getByTestId("recap-days")).isVisible();
				shot(page, "recap-days-" + suffix);
				int pageWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
				assertThat(pageWidth).as("the page does not widen beyond the screen").isLessThanOrEqualTo(size[0]);
			}
			assertThat(errors).isEmpty();
		}
	}

	private static void shot(Page page, String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(false));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
