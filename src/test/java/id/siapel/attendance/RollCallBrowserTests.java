package id.siapel.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OPD head on a phone (390×844) in the courtyard on Tuesday 8 April 2025: opens
 * today's apel pagi, marks one employee late (with minutes) and one without a valid
 * reason, sees the count change before sending, submits, reloads and finds both marks;
 * another OPD's sheet is a 403 page.
 */
@SiapelServerTest
class RollCallBrowserTests {

	static final String PASSWORD = "kepala-ponsel-uji";

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

	BrowserContext context;

	Page page;

	final List<String> consoleErrors = new ArrayList<>();

	UnitView opd;

	UnitView other;

	List<String> staff;

	String username;

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
	void anOpdHeadOnAPhone() {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 7, 40));
		this.opd = this.fixtures.opd("Dinas Ponsel Uji");
		this.other = this.fixtures.opd("Dinas Ponsel Lain");
		this.staff = List.of(this.fixtures.employee(this.opd.code(), "Fajar Nugroho", LocalDate.of(2018, 2, 1)),
				this.fixtures.employee(this.opd.code(), "Gita Permata", LocalDate.of(2018, 2, 1)),
				this.fixtures.employee(this.opd.code(), "Hendra Wijaya", LocalDate.of(2018, 2, 1)));
		this.username = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(
				new NewUser(this.username, PASSWORD, "Kepala Dinas Ponsel", Set.of(Role.UNIT_HEAD), this.opd.code()));
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
		this.page.navigate(url("/login"));
		this.page.getByLabel("Nama pengguna").fill(this.username);
		this.page.getByLabel("Kata sandi").fill(PASSWORD);
		this.page.locator("form button[type=submit]").click();
		assertThat(this.page).hasURL(url("/"));
	}

	@AfterEach
	void closeContext() {
		this.context.close();
		this.clock.reset();
	}

	@Test
	void marksTwoExceptionsSubmitsAndFindsThemAfterReloading() {
		this.page.getByTestId("open-roll-call").click();
		String sheetUrl = url("/roll-calls/" + this.opd.code() + "/2025-04-08/MORNING");
		assertThat(this.page).hasURL(sheetUrl);
		assertThat(this.page.getByTestId("sheet-date")).hasText("Selasa, 8 April 2025");
		assertThat(this.page.getByTestId("sheet-count")).containsText("Hadir 3 dari 3");

		String late = this.staff.get(0);
		String absent = this.staff.get(1);
		this.page.waitForSelector("form[data-sheet][data-ready=true]");
		mark(late, "T", 25);
		mark(absent, "TK", null);
		assertThat(this.page.getByTestId("sheet-count")).containsText("Hadir 2 dari 3");
		assertThat(this.page.getByTestId("sheet-count")).containsText("1 tanpa keterangan");

		this.page.getByTestId("sheet-submit").click();
		assertThat(this.page.locator("[data-sheet-message]"))
			.hasText("Apel pagi tersimpan: hadir 2 dari 3, tanpa keterangan 1.");

		this.page.navigate(sheetUrl);
		assertThat(this.page.locator("#e-" + late + " input.st")).hasValue("T");
		assertThat(this.page.locator("#e-" + late + " input[name^='m.']")).hasValue("25");
		assertThat(this.page.locator("#e-" + absent + " input.st")).hasValue("TK");
		assertThat(this.page.locator("#e-" + this.staff.get(2) + " input.st")).hasValue("H");
		assertThat(this.page.getByTestId("sheet-submitted")).containsText(this.username);
		assertThat(this.page.getByTestId("sheet-count")).containsText("Hadir 2 dari 3");

		var forbidden = this.page.navigate(url("/roll-calls/" + this.other.code() + "/2025-04-08/MORNING"));
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(this.page.locator("h1")).hasText("Akses ditolak");
		assertThat(this.consoleErrors).allMatch((error) -> error.contains("403"));
	}

	private void mark(String nip, String code, Integer minutes) {
		this.page.locator("#e-" + nip).click();
		this.page.locator("#picker .pk[data-code='" + code + "']").click();
		if (minutes != null) {
			this.page.locator("#picker-min").fill(String.valueOf(minutes));
			this.page.locator("[data-picker-ok]").click();
		}
		assertThat(this.page.locator("#picker")).isHidden();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
