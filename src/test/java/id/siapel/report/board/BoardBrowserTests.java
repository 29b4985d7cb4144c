package id.siapel.report.board;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Browsers;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BKPSDM keeps the compliance board open on a desk while an OPD head, on a phone in the
 * courtyard, submits the apel pagi: the OPD's row turns from "not reported" to complete
 * by itself (htmx polling, every second here), without the page being reloaded.
 * Screenshots of the board on a desktop and on a phone go to {@code target/screenshots}.
 */
@SiapelServerTest
@TestPropertySource(properties = "siapel.report.board-refresh-seconds=1")
class BoardBrowserTests {

	static final String PASSWORD = "kepala-papan-ponsel";

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	RollCallMarking marking;

	final List<BrowserContext> contexts = new ArrayList<>();

	final List<String> consoleErrors = new ArrayList<>();

	UnitView opd;

	List<String> staff;

	String head;

	@BeforeAll
	static void launch() {
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright);
	}

	@AfterAll
	static void close() {
		playwright.close();
	}

	@BeforeEach
	void anOpdThatHasNotReported() {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 9, 45));
		this.opd = this.fixtures.opd("Dinas Papan Langsung");
		LocalDate since = LocalDate.of(2019, 3, 1);
		this.staff = List.of(this.fixtures.employee(this.opd.code(), "Irma Suryani", since),
				this.fixtures.employee(this.opd.code(), "Joko Prasetyo", since),
				this.fixtures.employee(this.opd.code(), "Kartika Sari", since));
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.create(new NewUser(this.head, PASSWORD, "Kepala Dinas Papan", Set.of(Role.UNIT_HEAD), this.opd.code()));
	}

	@AfterEach
	void closeContexts() {
		this.contexts.forEach(BrowserContext::close);
		this.clock.reset();
	}

	@Test
	void theRowChangesByItselfWhenTheOpdHeadSubmits() {
		Page desk = login(1280, 900, "bkpsdm", "siapel-demo");
		desk.navigate(url("/reports/board"));
		assertThat(desk.getByTestId("board-date")).hasText("Selasa, 8 April 2025");
		Locator morning = desk.getByTestId("board-MORNING-" + this.opd.code());
		assertThat(morning).hasAttribute("data-state", "MISSING");
		assertThat(desk.getByTestId("board-row-" + this.opd.code()))
			.hasClass(java.util.regex.Pattern.compile("board-missing"));
		desk.evaluate("window.boardNotReloaded = true");
		screenshot(desk, "board-desktop-before");

		Page phone = login(390, 844, this.head, PASSWORD);
		phone.navigate(url("/roll-calls/" + this.opd.code() + "/2025-04-08/MORNING"));
		phone.waitForSelector("form[data-sheet][data-ready=true]");
		phone.locator("#e-" + this.staff.get(1)).click();
		phone.locator("#picker .pk[data-code='TK']").click();
		phone.getByTestId("sheet-submit").click();
		assertThat(phone.locator("[data-sheet-message]")).containsText("hadir 2 dari 3");

		assertThat(morning).hasAttribute("data-state", "COMPLETE",
				new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
		assertThat(morning.locator("[data-role=counts]")).hasText("Hadir 2 dari 3");
		assertThat(morning.locator("[data-role=unexcused]")).hasText("Tanpa keterangan 1");
		assertThat(morning.locator("[data-role=submitted]")).containsText("Kepala Dinas Papan");
		assertThat(desk.evaluate("window.boardNotReloaded === true")).isEqualTo(true);
		screenshot(desk, "board-desktop-after");

		Page phoneBoard = login(390, 844, "bkpsdm", "siapel-demo");
		phoneBoard.navigate(url("/reports/board"));
		assertThat(phoneBoard.getByTestId("board-MORNING-" + this.opd.code())).hasAttribute("data-state", "COMPLETE");
		screenshot(phoneBoard, "board-phone", false);
		phoneBoard.getByTestId("board-row-" + this.opd.code()).scrollIntoViewIfNeeded();
		screenshot(phoneBoard, "board-phone-row", false);
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void theReportsDrawTheirChartsAndPrint() {
		this.fixtures.as("bkpsdm", () -> {
			for (LocalDate day : List.of(LocalDate.of(2025, 4, 8), LocalDate.of(2025, 4, 10))) {
				for (Session session : Session.values()) {
					this.clock.set(day.atTime((session == Session.MORNING) ? 9 : 16, 30));
					this.marking.submit(new SubmitRollCall(this.opd.code(), day, session, null, null,
							List.of(new SubmitRollCall.Mark(this.staff.get(day.getDayOfMonth() % 3),
									AttendanceStatus.UNEXCUSED, null, "tanpa kabar", null))));
				}
			}
			return null;
		});
		this.clock.set(LocalDateTime.of(2025, 4, 22, 18, 0));
		for (int[] size : new int[][] { { 1280, 900 }, { 390, 844 } }) {
			String device = (size[0] > 500) ? "desktop" : "phone";
			Page page = login(size[0], size[1], "bkpsdm", "siapel-demo");
			page.navigate(url("/reports/charts?from=2025-01-01&to=2025-04-22"));
			assertThat(page.locator("#chart-weekly canvas")).hasCount(1);
			assertThat(page.locator("#chart-ranking canvas")).hasCount(1);
			assertThat(page.locator("#chart-holidays canvas")).hasCount(1);
			assertThat(page.getByTestId("chart-holiday-2025-04-08")).isAttached();
			screenshot(page, "charts-" + device, true);

			page.navigate(url("/reports/after-holiday?year=2025&block=2025-03-28"));
			assertThat(page.getByTestId("after-holiday-day")).hasText("Selasa, 8 April 2025");
			assertThat(page.getByTestId("after-holiday-opd-" + this.opd.code())).containsText("Dinas Papan Langsung");
			assertThat(page.getByTestId("after-holiday-absentees")).containsText("tanpa kabar");
			screenshot(page, "after-holiday-" + device, size[0] > 500);
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
			assertThat(page.locator("nav.navbar")).isHidden();
			assertThat(page.getByTestId("after-holiday-form")).isHidden();
			if (size[0] > 500) {
				screenshot(page, "after-holiday-print", true);
			}
		}
		assertThat(this.consoleErrors).isEmpty();
	}

	private Page login(int width, int height, String username, String password) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
		this.contexts.add(context);
		Page page = context.newPage();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
		page.navigate(url("/login"));
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi").fill(password);
		page.locator("form button[type=submit]").click();
		assertThat(page).hasURL(url("/"));
		return page;
	}

	private static void screenshot(Page page, String name) {
		screenshot(page, name, true);
	}

	private static void screenshot(Page page, String name, boolean fullPage) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(fullPage)
			.setPath(Path.of("target", "screenshots", name + ".png")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
