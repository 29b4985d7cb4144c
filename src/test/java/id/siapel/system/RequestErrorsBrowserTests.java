package id.siapel.system;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The one error handling of every htmx request (issue 12): a failed request is never
 * silent. BKPSDM searching the employee list on a phone gets, for an answer the page
 * cannot use, a message that says what happened, and what was typed stays in the box.
 */
@SiapelServerTest
class RequestErrorsBrowserTests {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@BeforeEach
	void hrOnAPhone() {
		// Playwright's routing does not see requests of a page its service worker
		// controls,
		// and SiApel's worker takes control after login at a moment that varies: block it
		// here, so that every answer below really reaches the page.
		this.context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
				.setServiceWorkers(ServiceWorkerPolicy.BLOCK));
		this.page = this.context.newPage();
		this.page.navigate(url("/login"));
		this.page.getByLabel("Nama pengguna").fill("bkpsdm");
		this.page.getByLabel("Kata sandi").fill(SiapelIntegrationTest.DEMO_PASSWORD);
		this.page.locator("form button[type=submit]").click();
		this.page.waitForURL(url("/"));
		this.page.navigate(url("/employees"));
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	@Test
	void serverErrorsConflictsAndALostNetworkAreSaidAndWhatWasTypedStays() {
		List<Integer> answers = new ArrayList<>(List.of(500, 409, 413, 403));
		this.page.route((String address) -> address.contains("/employees?"), (Route route) -> {
			if (answers.isEmpty()) {
				route.abort();
			}
			else {
				route.fulfill(new Route.FulfillOptions().setStatus(answers.remove(0)).setBody("<p>x</p>"));
			}
		});
		var error = this.page.getByTestId("request-error");
		var search = this.page.locator("#q");

		search.fill("Siti");
		assertThat(error).containsText("SiApel sedang bermasalah (500)");
		search.fill("Sitii");
		assertThat(error).containsText("Orang lain menyimpan perubahan pada data ini");
		search.fill("Siti R");
		assertThat(error).containsText("terlalu besar (413)");
		search.fill("Siti Ra");
		assertThat(error).containsText("Anda tidak berhak melakukan ini (403)");
		search.fill("Siti Rah");
		assertThat(error).containsText("Tidak ada sambungan ke SiApel");
		assertThat(search).hasValue("Siti Rah");
	}

	@Test
	void aFormRefusedForAnEndedSessionAsksToLogInAgain() {
		this.page.route((String address) -> address.contains("/employees?"),
				(Route route) -> route.fulfill(new Route.FulfillOptions().setStatus(403)
					.setHeaders(java.util.Map.of("X-Siapel-Denied", "session"))
					.setBody("")));
		this.page.locator("#q").fill("Budi");
		assertThat(this.page.getByTestId("request-error")).containsText("Sesi Anda berakhir");
		assertThat(this.page.getByTestId("request-error").getByRole(com.microsoft.playwright.options.AriaRole.LINK))
			.hasAttribute("target", "_blank");
		assertThat(this.page.locator("#q")).hasValue("Budi");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
