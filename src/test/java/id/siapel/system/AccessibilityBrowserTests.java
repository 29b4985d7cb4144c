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
import id.siapel.report.sanctions.SampleDocuments;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
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

	static final int[] PHONE = { 390, 844 };

	static final int[] DESKTOP = { 1280, 900 };

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void everyPageOfEveryRolePassesAxeAtPhoneAndDesktopSize() {
		String nip = this.jdbc.sql("""
				select e.nip from employee e join employee_assignment a on a.employee_id = e.id and a.valid_to is null
				join unit u on u.id = a.unit_id where u.code = 'DINKES' order by e.nip limit 1""")
			.query(String.class)
			.single();
		Long caseId = this.jdbc.sql("select min(id) from sanction_case").query(Long.class).optional().orElse(null);
		Long inspectionId = this.jdbc.sql("select min(id) from inspection").query(Long.class).single();
		String verifyCode = SampleDocuments.printedSanctionList(this.context, nip);
		Map<String, List<String>> pages = Map.of("kepala-dinkes",
				List.of("/", "/roll-calls", "/roll-calls/DINKES/2025-04-08/MORNING", "/roll-calls/DINKES/month/2025-04",
						"/leaves", "/leaves/new", "/flags", "/discipline", "/reports/recap", "/account/password"),
				"bkpsdm",
				List.of("/", "/reports/board", "/flags", "/discipline", "/discipline/employees/" + nip, "/employees",
						"/employees/" + nip, "/employees/import", "/units", "/calendar", "/monitoring-periods",
						"/inspections", "/inspections/new", "/inspections/" + inspectionId, "/cases", "/reports/recap",
						"/reports/recap/employees", "/reports/after-holiday", "/reports/charts", "/reports/sanctions",
						"/discipline/rules", "/discipline/rules/ladders"),
				"sekda", List.of("/", "/reports/sanctions", (caseId != null) ? "/cases/" + caseId : "/cases"), "admin",
				List.of("/", "/admin/users", "/admin/pemda", "/calendar/settings", "/attendance/policy", "/admin/audit",
						"/admin/audit?actor=bkpsdm&from=2026-01-01&to=2026-12-31&action=LOGIN",
						"/admin/audit?from=2026-12-31&to=2026-01-01"));
		List<String> problems = new ArrayList<>();
		problems.addAll(check(null, List.of("/login", "/verify/" + verifyCode), false));
		pages.forEach((user, paths) -> problems.addAll(check(user, paths, false)));
		assertThat(problems).as("serious or critical WCAG violations and console errors").isEmpty();
	}

	/**
	 * The forms, empty and as they come back with errors: the error state is where a
	 * screen reader user most needs to hear what went wrong (issue 13). A new-item form
	 * is submitted blank with the browser's own checks turned off, so the server's
	 * messages are what axe reads; it must answer with a message, not a saved record or
	 * an error page.
	 */
	@Test
	void everyFormPassesAxeEmptyAndWhenItComesBackWithErrors() {
		String nip = this.jdbc.sql("""
				select e.nip from employee e join employee_assignment a on a.employee_id = e.id and a.valid_to is null
				join unit u on u.id = a.unit_id where u.code = 'DINKES' order by e.nip limit 1""")
			.query(String.class)
			.single();
		Map<String, List<String>> forms = Map.of("kepala-dinkes", List.of("/leaves/new"), "bkpsdm",
				List.of("/employees/new", "/units/new", "/transfers/new", "/monitoring-periods/new",
						"/calendar/days/new", "/calendar/import", "/cases/new", "/discipline/rules/counting/new",
						"/discipline/rules/ladders/pppk/new", "/discipline/rules/non-asn/new"),
				"admin", List.of("/admin/users/new", "/calendar/settings/hours/new", "/attendance/policy/new"));
		Map<String, List<String>> viewOnly = Map.of("bkpsdm",
				List.of("/employees/" + nip + "/edit", "/employees/" + nip + "/transfer",
						"/employees/" + nip + "/departure", "/units/DINKES/edit", "/calendar/dispensations"),
				"admin", List.of("/admin/users/bkpsdm", "/account/password"));
		List<String> problems = new ArrayList<>();
		forms.forEach((user, paths) -> problems.addAll(check(user, paths, true)));
		viewOnly.forEach((user, paths) -> problems.addAll(check(user, paths, false)));
		assertThat(problems).as("serious or critical WCAG violations, console errors and silent forms").isEmpty();
	}

	/**
	 * Each page is loaded once and checked at both sizes: the browser window is resized
	 * in between, which lays the page out again as a phone or a desktop would (the CSS
	 * media queries are what differ), without loading it and logging in twice.
	 */
	private List<String> check(String user, List<String> paths, boolean submitBlank) {
		List<String> problems = new ArrayList<>();
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(PHONE[0], PHONE[1]))) {
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
				page.setViewportSize(PHONE[0], PHONE[1]);
				page.navigate(url(path));
				page.waitForLoadState();
				String where = ((user != null) ? user : "anonymous") + " " + path + ": ";
				problems.addAll(atBothSizes(page, where));
				if ("/employees".equals(path)) {
					// An htmx swap (the list refreshing as one types) must not break the
					// CSP either.
					page.locator("#q").fill("a");
					page.waitForResponse((response) -> response.url().contains("/employees?"), () -> {
					});
					page.waitForTimeout(300);
				}
				if (submitBlank) {
					problems.addAll(submitBlank(page, where));
				}
				console.forEach((error) -> problems.add(where + "console: " + error));
			}
		}
		return problems;
	}

	/** axe at phone size, then at desktop size on the same page, ending at phone size. */
	private static List<String> atBothSizes(Page page, String where) {
		List<String> problems = new ArrayList<>();
		for (int[] size : new int[][] { PHONE, DESKTOP }) {
			page.setViewportSize(size[0], size[1]);
			// Let the browser lay the page out at its new width before axe reads it.
			page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
			problems.addAll(seriousViolations(page, where + size[0] + "px: "));
		}
		page.setViewportSize(PHONE[0], PHONE[1]);
		return problems;
	}

	private List<String> submitBlank(Page page, String where) {
		List<String> problems = new ArrayList<>();
		page.evaluate("""
				() => document.querySelectorAll('main form').forEach((form) => {
				  form.noValidate = true;
				  form.querySelectorAll('[required]').forEach((field) => field.removeAttribute('required'));
				})""");
		page.locator("main form[method=post] button[type=submit]").first().click();
		page.waitForLoadState();
		String afterSubmit = where + "submitted blank: ";
		if (page.locator(".is-invalid, .invalid-feedback:visible, .alert-danger").count() == 0) {
			problems.add(afterSubmit + "no error message shown (" + page.url() + ")");
		}
		problems.addAll(atBothSizes(page, afterSubmit));
		return problems;
	}

	private static List<String> seriousViolations(Page page, String where) {
		List<String> problems = new ArrayList<>();
		AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
		for (Rule rule : results.getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				problems.add(where + rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size()
						+ " nodes, e.g. " + rule.getNodes().get(0).getTarget() + ")");
			}
		}
		return problems;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
