package id.siapel.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import id.siapel.testsupport.Browsers;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import lombok.extern.slf4j.Slf4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a first visit costs on a phone's data plan (issue 13): every page but the charts
 * transfers at most 100 KB on a first load with an empty browser cache (page, styles,
 * scripts, images, compressed as served).
 */
@Slf4j
@SiapelServerTest
class PageWeightBrowserTests {

	static final long LIMIT = 100 * 1024;

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
	void everyPageButTheChartsWeighsAtMost100KbOnAFirstLoad() {
		Map<String, List<String>> pages = Map.of("bkpsdm",
				List.of("/", "/reports/board", "/flags", "/discipline", "/employees", "/calendar", "/cases",
						"/reports/recap", "/reports/sanctions", "/inspections"),
				"kepala-dinkes", List.of("/", "/roll-calls/DINKES/2025-04-08/MORNING", "/leaves", "/leaves/new"));
		List<String> tooHeavy = new ArrayList<>();
		pages.forEach((user, paths) -> {
			try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
				.setServiceWorkers(ServiceWorkerPolicy.BLOCK))) {
				Page page = context.newPage();
				page.navigate(url("/login"));
				page.getByLabel("Nama pengguna").fill(user);
				page.getByLabel("Kata sandi").fill(SiapelIntegrationTest.DEMO_PASSWORD);
				page.locator("form button[type=submit]").click();
				page.waitForURL((address) -> !address.contains("/login"));
				CDPSession cdp = context.newCDPSession(page);
				cdp.send("Network.enable");
				for (String path : paths) {
					cdp.send("Network.clearBrowserCache");
					page.navigate(url(path));
					page.waitForLoadState();
					long bytes = ((Number) page.evaluate(
							"""
									() => [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
									        .reduce((sum, entry) => sum + entry.transferSize, 0)"""))
						.longValue();
					log.info("First load of {} as {}: {} KB", path, user, bytes / 1024);
					if (bytes > LIMIT) {
						tooHeavy.add(path + " as " + user + ": " + bytes / 1024 + " KB");
					}
				}
				cdp.detach();
			}
		});
		assertThat(tooHeavy).as("pages over 100 KB on a first load").isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
