package id.siapel.system;

import java.util.ArrayList;
import java.util.List;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import lombok.extern.slf4j.Slf4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a first visit costs on a phone's data plan (issue 13): every page but the charts
 * transfers at most 100 KB on a first load with an empty browser cache (page, styles,
 * scripts, images, compressed as served); static files are fingerprinted and cached for a
 * year.
 */
@Slf4j
@SiapelServerTest
class PageWeightBrowserTests {

	static final long LIMIT = 100 * 1024;

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Test
	void everyPageButTheChartsWeighsAtMost100KbOnAFirstLoad() {
		Map<String, List<String>> pages = Map.of("bkpsdm",
				List.of("/", "/reports/board", "/flags", "/discipline", "/employees", "/calendar", "/cases",
						"/reports/recap", "/reports/sanctions", "/inspections"),
				"kepala-dinkes", List.of("/", "/roll-calls/DINKES/2025-04-08/MORNING", "/leaves", "/leaves/new"));
		List<String> tooHeavy = new ArrayList<>();
		pages.forEach((user, paths) -> {
			try (BrowserContext context = chromium.browser()
				.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
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

	@Test
	void staticFilesCarryAHashOfTheirContentAndAreKeptForAYear() throws Exception {
		HttpUser visitor = new HttpUser(url(""));
		String login = visitor.get("/login").body();
		Matcher script = Pattern.compile("src=\"(/js/app-[0-9a-f]{32}\\.js)\"").matcher(login);
		Matcher style = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(login);
		Matcher manifest = Pattern.compile("href=\"(/manifest-[0-9a-f]{32}\\.webmanifest)\"").matcher(login);
		assertThat(script.find()).as("fingerprinted app.js on the login page").isTrue();
		assertThat(style.find()).as("fingerprinted app.css on the login page").isTrue();
		assertThat(manifest.find()).as("fingerprinted manifest on the login page").isTrue();
		for (String path : List.of(script.group(1), style.group(1), manifest.group(1))) {
			HttpResponse<String> file = visitor.get(path);
			assertThat(file.statusCode()).as(path).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(path).contains("max-age=31536000");
		}
		assertThat(visitor.get(manifest.group(1)).headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/manifest+json"));
		// The service worker keeps one address: browsers look for its updates there.
		assertThat(visitor.loginWithForm("bkpsdm", SiapelIntegrationTest.DEMO_PASSWORD)).isEqualTo("/");
		assertThat(visitor.get("/").body()).contains("name=\"siapel-service-worker\" content=\"/sw.js\"");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
