package id.siapel.report.recap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.siapel.job.Jobs;
import id.siapel.testsupport.Browsers;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BKPSDM clicks the monthly recap PDF of an OPD bigger than
 * {@code siapel.reports.inline-pdf-employees} (5 here): the browser lands on the job's
 * page with its progress bar; once the job ran, the row (polled by htmx) offers the PDF,
 * which downloads. Screenshots go to {@code target/screenshots}.
 */
@SiapelServerTest
@TestPropertySource(properties = { "siapel.reports.inline-pdf-employees=5", "siapel.audit.inline-export-lines=5",
		"siapel.reports.inline-pdf-rows=20", "siapel.reports.max-pdf-employees=20" })
class MonthlyRecapJobBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Jobs jobs;

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
	void aBigUnitsPdfGoesToItsJobPageAndDownloadsOnceMade() throws Exception {
		List<String> errors = new ArrayList<>();
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true))) {
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
			page.getByTestId("recap-opd").locator("tbody tr").first().locator("a").first().click();
			assertThat(page.getByTestId("recap-employees")).isVisible();
			page.locator("a[data-testid=export-pdf]").click();
			page.waitForURL(Pattern.compile(".*/jobs/[0-9]+$"));
			assertThat(page.getByTestId("job-progress")).isVisible();
			assertThat(page.locator("[data-state=QUEUED]")).isVisible();
			assertThat(page.getByTestId("job-download")).hasCount(0);
			shot(page, "recap-pdf-job-queued");

			assertThat(this.jobs.runPendingNow()).isPositive();
			// The open job's row reloads itself every two seconds.
			assertThat(page.getByTestId("job-download"))
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
			assertThat(page.locator("[data-state=DONE]")).isVisible();
			shot(page, "recap-pdf-job-done");
			Download download = page.waitForDownload(() -> page.getByTestId("job-download").click());
			assertThat(download.suggestedFilename()).startsWith("rekap-bulanan_").endsWith(".pdf");
			byte[] pdf = Files.readAllBytes(download.path());
			assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
		assertThat(errors).isEmpty();
	}

	private static void shot(Page page, String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(false));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
