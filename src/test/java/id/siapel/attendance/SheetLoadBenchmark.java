package id.siapel.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Playwright;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Browsers;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import lombok.extern.slf4j.Slf4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a head on a cheap phone waits for (issue 12): sheets of 260, 1,600 and 5,000
 * people opened in Chromium at 390×844 with the CPU slowed four times (CDP
 * {@code Emulation.setCPUThrottlingRate}), from navigation to the sheet being ready
 * (marks kept on the device restored, counts shown); the page's size and elements per
 * person; then three marks sent. Figures are logged, not asserted (timings depend on the
 * machine). Not run by the build: {@code ./mvnw test -Dtest=SheetLoadBenchmark}.
 */
@Slf4j
@SiapelServerTest
class SheetLoadBenchmark {

	static final String PASSWORD = "kepala-ukur-beban";

	static final int RUNS = 3;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void sheetsOf260And1600And5000PeopleOnAThrottledPhone() {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 7, 45));
		List<String> lines = new ArrayList<>();
		try (Playwright playwright = Browsers.playwright()) {
			Browser browser = Browsers.chromium(playwright);
			for (int people : new int[] { 260, 1600, 5000 }) {
				UnitView opd = this.fixtures.opd("Dinas Ukur " + people);
				this.fixtures.employees(opd.code(), people, LocalDate.of(2015, 1, 2));
				String head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
				this.accounts.create(new NewUser(head, PASSWORD, "Kepala Ukur", Set.of(Role.UNIT_HEAD), opd.code()));
				SheetPage sheet = SheetPage.login(browser, "http://localhost:" + this.port, head, PASSWORD, 390, 844,
						true);
				CDPSession cdp = sheet.context.newCDPSession(sheet.page);
				JsonObject rate = new JsonObject();
				rate.addProperty("rate", 4);
				cdp.send("Emulation.setCPUThrottlingRate", rate);
				List<Double> ready = new ArrayList<>();
				List<Long> saves = new ArrayList<>();
				Map<?, ?> shape = null;
				for (int run = 0; run < RUNS; run++) {
					sheet.open("/roll-calls/" + opd.code() + "/2025-04-08/MORNING");
					shape = (Map<?, ?>) sheet.page.evaluate(
							"""
									() => {
									  const nav = performance.getEntriesByType('navigation')[0];
									  const rows = document.querySelectorAll('li.r');
									  let elements = 0;
									  let bytes = 0;
									  rows.forEach((li) => { elements += 1 + li.getElementsByTagName('*').length; bytes += li.outerHTML.length; });
									  // The sheet script marks when its handlers are on and the device's marks restored.
									  const ready = performance.getEntriesByName('sheet-ready')[0].startTime;
									  return { ready, responseEnd: nav.responseEnd, html: nav.decodedBodySize,
									           rows: rows.length, elements, bytes };
									}""");
					ready.add(((Number) shape.get("ready")).doubleValue());
					var rows = sheet.page.locator("li.r");
					int n = ((Number) shape.get("rows")).intValue();
					int[] marked = { 1, n / 2, n - 2 };
					String[] codes = (run % 2 == 0) ? new String[] { "TK", "I", "S" } : new String[] { "H", "H", "H" };
					for (int i = 0; i < marked.length; i++) {
						rows.nth(marked[i]).click();
						sheet.page.locator("#picker .pk[data-code='" + codes[i] + "']").click();
					}
					long started = System.nanoTime();
					sheet.send();
					sheet.page.waitForSelector("[data-sheet-message].alert-success:not([hidden])");
					saves.add((System.nanoTime() - started) / 1_000_000);
					sheet.page.evaluate("() => document.querySelector('[data-sheet-message]').hidden = true");
				}
				ready.sort(Double::compare);
				lines.add(String.format(
						"%,d people: page %,d KB, %.0f bytes and %.1f elements per person; "
								+ "ready %.0f ms (median of %d, response end %.0f ms); save of 3 marks %s ms",
						people, ((Number) shape.get("html")).longValue() / 1024,
						((Number) shape.get("bytes")).doubleValue() / people,
						((Number) shape.get("elements")).doubleValue() / people, ready.get(RUNS / 2), RUNS,
						((Number) shape.get("responseEnd")).doubleValue(), saves));
				sheet.close();
			}
		}
		lines.forEach((line) -> log.info("Sheet benchmark (4x CPU throttling, 390x844): {}", line));
	}

}
