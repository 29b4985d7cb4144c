package id.siapel.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page as each role meets it, at phone and desktop size, checked with axe-core
 * (WCAG 2 A and AA): no serious or critical violation, and no console error (issue 13).
 * axe runs through Playwright's evaluation, so the pages keep their strict
 * Content-Security-Policy.
 */
@SiapelServerTest
class AccessibilityBrowserTests {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPageOfEveryRolePassesAxeAtPhoneAndDesktopSize() {
		String nip = this.jdbc.sql("""
				select e.nip from employee e join employee_assignment a on a.employee_id = e.id and a.valid_to is null
				join unit u on u.id = a.unit_id where u.code = 'DINKES' order by e.nip limit 1""")
			.query(String.class)
			.single();
		Long caseId = this.jdbc.sql("select min(id) from sanction_case").query(Long.class).optional().orElse(null);
		Map<String, List<String>> pages = Map.of("kepala-dinkes",
				List.of("/", "/roll-calls", "/roll-calls/DINKES/2025-04-08/MORNING", "/roll-calls/DINKES/month/2025-04",
						"/leaves", "/leaves/new", "/flags", "/discipline", "/reports/recap", "/account/password"),
				"bkpsdm",
				List.of("/", "/reports/board", "/flags", "/discipline", "/discipline/employees/" + nip, "/employees",
						"/employees/" + nip, "/employees/import", "/units", "/calendar", "/monitoring-periods",
						"/inspections", "/inspections/new", "/cases", "/reports/recap", "/reports/recap/employees",
						"/reports/after-holiday", "/reports/charts", "/reports/sanctions", "/discipline/rules",
						"/discipline/rules/ladders"),
				"sekda", List.of("/", "/reports/sanctions", (caseId != null) ? "/cases/" + caseId : "/cases"), "admin",
				List.of("/", "/admin/users", "/admin/pemda", "/calendar/settings", "/attendance/policy",
						"/admin/audit"));
		List<String> problems = new ArrayList<>();
		for (int[] size : new int[][] { { 390, 844 }, { 1280, 900 } }) {
			problems.addAll(check(null, List.of("/login"), size));
			pages.forEach((user, paths) -> problems.addAll(check(user, paths, size)));
		}
		assertThat(problems).as("serious or critical WCAG violations and console errors").isEmpty();
	}

	private List<String> check(String user, List<String> paths, int[] size) {
		List<String> problems = new ArrayList<>();
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
			Page page = context.newPage();
			List<String> console = new ArrayList<>();
			page.onConsoleMessage((message) -> {
				if ("error".equals(message.type())) {
					console.add(message.text());
				}
			});
			if (user != null) {
				page.navigate(url("/login"));
				page.getByLabel("Nama pengguna").fill(user);
				page.getByLabel("Kata sandi").fill(SiapelIntegrationTest.DEMO_PASSWORD);
				page.locator("form button[type=submit]").click();
				page.waitForURL((address) -> !address.contains("/login"));
			}
			for (String path : paths) {
				console.clear();
				page.navigate(url(path));
				page.waitForLoadState();
				AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
				String where = ((user != null) ? user : "anonymous") + " " + size[0] + "px " + path + ": ";
				for (Rule rule : results.getViolations()) {
					if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
						problems.add(where + rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size()
								+ " nodes, e.g. " + rule.getNodes().get(0).getTarget() + ")");
					}
				}
				if ("/employees".equals(path)) {
					// An htmx swap (the list refreshing as one types) must not break the
					// CSP either.
					page.locator("#q").fill("a");
					page.waitForResponse((response) -> response.url().contains("/employees?"), () -> {
					});
					page.waitForTimeout(300);
				}
				console.forEach((error) -> problems.add(where + "console: " + error));
			}
		}
		return problems;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
