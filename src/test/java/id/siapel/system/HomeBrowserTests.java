package id.siapel.system;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Sekda opens SiApel on a phone: the day's figures come first, fit the screen, and
 * each opens the page behind it. Screenshots go to {@code target/screenshots}.
 */
@SiapelServerTest
class HomeBrowserTests {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Test
	void theSekdasFiguresFitAPhoneAndLeadToTheirPages() {
		for (int width : new int[] { 390, 1280 }) {
			try (BrowserContext context = chromium.browser()
				.newContext(new Browser.NewContextOptions().setViewportSize(width, 844))) {
				Page page = context.newPage();
				page.navigate(url("/login"));
				page.getByLabel("Nama pengguna").fill("sekda");
				page.getByLabel("Kata sandi").fill(SiapelIntegrationTest.DEMO_PASSWORD);
				page.locator("form button[type=submit]").click();
				assertThat(page).hasURL(url("/"));
				assertThat(page.getByTestId("home-figures")).isVisible();
				assertThat(page.getByTestId("figure-compliance-MORNING")).isVisible();
				assertThat(page.getByTestId("figure-cases-PROPOSED")).isVisible();
				assertThat(page.getByTestId("figure-sanctions-SEVERE")).isVisible();
				assertThat(
						((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue())
					.as("horizontal overflow")
					.isLessThanOrEqualTo(0);
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(Path.of("target", "screenshots", "home-sekda-" + width + ".png")));
				if (width == 390) {
					page.getByTestId("figure-open-flags").click();
					assertThat(page).hasURL(url("/flags?status=OPEN"));
				}
			}
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
