package id.siapel.attendance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Apel ditiadakan" in the browser (issue 12). Tuesday 8 April 2025, 07.50: the head of
 * an OPD sent apel pagi with one TK a few minutes ago; then the rain comes down and the
 * apel is called off. On a phone (390×844) the head records it with the reason "Hujan
 * deras", sees the sheet replaced by the banner; BKPSDM's compliance board shows the OPD
 * as "Ditiadakan: Hujan deras"; the TK no longer counts in the employee's standing.
 * Screenshots go to {@code target/screenshots}.
 */
@SiapelServerTest
class CancelledApelBrowserTests {

	static final String PASSWORD = "kepala-hujan-deras";

	@RegisterExtension
	static final Chromium chromium = new Chromium();

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

	final List<SheetPage> opened = new ArrayList<>();

	UnitView opd;

	String absent;

	String head;

	@BeforeEach
	void anOpdThatSentItsApelPagiWithOneTk() {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 7, 50));
		this.opd = this.fixtures.opd("Dinas Hujan Deras");
		LocalDate since = LocalDate.of(2018, 6, 1);
		this.absent = this.fixtures.employee(this.opd.code(), "Lukman Hakim", since);
		this.fixtures.employee(this.opd.code(), "Maya Anggraini", since);
		this.fixtures.employee(this.opd.code(), "Nurul Hidayah", since);
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(
				new NewUser(this.head, PASSWORD, "Kepala Dinas Hujan Deras", Set.of(Role.UNIT_HEAD), this.opd.code()));
		this.fixtures.as(this.head, () -> this.marking.submit(new SubmitRollCall(this.opd.code(),
				LocalDate.of(2025, 4, 8), Session.MORNING, 0L, null,
				List.of(new SubmitRollCall.Mark(this.absent, AttendanceStatus.UNEXCUSED, null, "tanpa kabar", null)))));
	}

	@AfterEach
	void closeBrowsers() {
		this.opened.forEach(SheetPage::close);
		this.clock.reset();
	}

	@Test
	@DisplayName("an 'apel ditiadakan' day counts nobody absent")
	void anApelDitiadakanDayCountsNobodyAbsent() throws Exception {
		HttpUser api = new HttpUser(url(""));
		String standing = "/api/v1/discipline/" + this.absent + "?year=2025";
		assertThat(api.getWithBasic(standing, "bkpsdm", "siapel-demo").body()).contains("\"lateMinutes\":225");

		SheetPage sheet = open(this.head, PASSWORD).open("/roll-calls/" + this.opd.code() + "/2025-04-08/MORNING");
		Page phone = sheet.page;
		assertThat(phone.getByTestId("apel-cancelled")).hasCount(0);
		phone.getByText("Apel pagi tidak diadakan?").click();
		phone.getByLabel("Alasan apel ditiadakan (wajib)").fill("Hujan deras");
		phone.getByTestId("cancel-apel").click();

		assertThat(phone.getByTestId("flash-success")).hasText("Apel pagi dicatat ditiadakan: Hujan deras.");
		Locator banner = phone.getByTestId("apel-cancelled");
		assertThat(banner).isVisible();
		assertThat(banner).containsText("Apel ditiadakan: Hujan deras");
		assertThat(banner).containsText("Dicatat oleh " + this.head);
		assertThat(banner).containsText("07.50");
		assertThat(phone.locator("form[data-sheet]")).isHidden();
		assertThat(phone.getByTestId("sheet-submit")).hasCount(0);
		assertThat(phone.getByTestId("restore-apel")).isVisible();
		screenshot(phone, "apel-ditiadakan-phone");

		Page desk = open("bkpsdm", "siapel-demo").page;
		desk.navigate(url("/reports/board?date=2025-04-08"));
		Locator morning = desk.getByTestId("board-MORNING-" + this.opd.code());
		assertThat(morning).hasAttribute("data-state", "CANCELLED");
		assertThat(morning).containsText("Ditiadakan: Hujan deras");
		assertThat(morning).containsText("Kepala Dinas Hujan Deras");
		assertThat(desk.getByTestId("board-row-" + this.opd.code())).not()
			.hasClass(java.util.regex.Pattern.compile("board-missing"));
		screenshot(desk, "apel-ditiadakan-board-phone");

		String after = api.getWithBasic(standing, "bkpsdm", "siapel-demo").body();
		assertThat(after).contains("\"unexcusedDays\":0").contains("\"lateMinutes\":0").contains("\"totalDays\":0");
	}

	private SheetPage open(String username, String password) {
		SheetPage page = SheetPage.login(chromium.browser(), url(""), username, password, 390, 844, true);
		this.opened.add(page);
		return page;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", name + ".png")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
