package id.siapel.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A head of a 1,600-person OPD on a phone (390×844) on Tuesday 8 April 2025, 07:40: finds
 * three people by name and NIP, marks them, sends only those lines and finds them after
 * reloading; the same sheet as a plain form without JavaScript; a save made without
 * signal that is kept on the phone, survives a reload and is sent once when the signal
 * returns; another person's save in between shown with both values; an expired session
 * that keeps the marks.
 */
@SiapelServerTest
class LargeSheetBrowserTests {

	static final String PASSWORD = "kepala-besar-uji";

	static final int PEOPLE = 1600;

	static final String DAY = "2025-04-08";

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	static UnitView opd;

	static List<String> staff;

	static String head;

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

	@Autowired
	JdbcClient jdbc;

	final List<SheetPage> opened = new ArrayList<>();

	@BeforeEach
	void anOpdOf1600() {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 7, 40));
		if (opd == null) {
			opd = this.fixtures.opd("Dinas Besar Uji");
			staff = this.fixtures.employees(opd.code(), PEOPLE, LocalDate.of(2015, 1, 2));
			head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
			this.accounts.create(new NewUser(head, PASSWORD, "Kepala Dinas Besar", Set.of(Role.UNIT_HEAD), opd.code()));
		}
	}

	@AfterEach
	void closeBrowsers() {
		this.opened.forEach(SheetPage::close);
		this.clock.reset();
	}

	@Test
	void aHeadFindsMarksAndSavesThreeExceptionsOnAPhone() {
		SheetPage sheet = phone(true).open(path("MORNING"));
		assertThat(sheet.page.getByTestId("sheet-count")).containsText("Hadir 1.600 dari 1.600");

		String absent = staff.get(1233);
		sheet.search("Massal 1234");
		assertThat(sheet.page.locator("li.r:not([hidden])")).hasCount(1);
		sheet.mark(absent, "TK", null);

		String sick = staff.get(98);
		sheet.search(sick.substring(0, 8) + " " + sick.substring(8));
		assertThat(sheet.page.locator("li.r:not([hidden])")).hasCount(1);
		sheet.mark(sick, "S", null);

		String late = staff.get(1599);
		sheet.search("massal 1600");
		sheet.mark(late, "T", 25);

		assertThat(sheet.page.getByTestId("status-counts")).containsText("TK 1");
		assertThat(sheet.pending()).hasText("3 perubahan belum terkirim");
		sheet.search("");

		List<Request> saves = new ArrayList<>();
		sheet.page.onRequest((request) -> {
			if ("POST".equals(request.method())) {
				saves.add(request);
			}
		});
		sheet.send();
		assertThat(sheet.message()).containsText("Apel pagi tersimpan: hadir 1.598 dari 1.600, tanpa keterangan 1.",
				new LocatorAssertions.ContainsTextOptions().setTimeout(30000));
		assertThat(sheet.pending()).isHidden();
		assertThat(saves).hasSize(1);
		// Only the three changed lines travel, not 1,600.
		assertThat(saves.get(0).postData()).contains(absent, sick, late);
		assertThat(saves.get(0).postData().length()).isLessThan(1500);

		sheet.open(path("MORNING"));
		assertThat(sheet.status(absent)).hasValue("TK");
		assertThat(sheet.status(sick)).hasValue("S");
		assertThat(sheet.status(late)).hasValue("T");
		assertThat(sheet.row(late).locator("input[name^='m.']")).hasValue("25");
		assertThat(sheet.status(staff.get(0))).hasValue("H");
		assertThat(stored(absent)).isEqualTo("UNEXCUSED");
		assertThat(stored(sick)).isEqualTo("SICK");
		assertThat(stored(late)).isEqualTo("LATE");
		assertThat(count(
				"select count(*) from attendance_record where unit_id = :unit and day = :day and session = 'MORNING'"))
			.isEqualTo(PEOPLE);
	}

	@Test
	void withoutJavaScriptThePlainFormSaves1600People() {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 16, 10));
		SheetPage sheet = phone(false);
		sheet.page.navigate(url(path("EVENING")));
		String absent = staff.get(10);
		String early = staff.get(1500);
		sheet.status(absent).fill("TK");
		sheet.status(early).fill("PC");
		sheet.row(early).locator("input[name^='m.']").fill("40");
		sheet.row(staff.get(700)).locator("input[name^='n.']").fill("apel di lapangan");
		sheet.send();
		assertThat(sheet.page.getByTestId("flash-success"))
			.hasText("Apel sore tersimpan: hadir 1.599 dari 1.600, tanpa keterangan 1.");
		assertThat(stored(absent, "EVENING")).isEqualTo("UNEXCUSED");
		assertThat(stored(early, "EVENING")).isEqualTo("EARLY_LEAVE");
		assertThat(count(
				"select count(*) from attendance_record where unit_id = :unit and day = :day and session = 'EVENING'"))
			.isEqualTo(PEOPLE);
	}

	@Test
	void aSaveWithoutSignalIsKeptOnThePhoneAndSentOnceWhenTheSignalReturns() {
		this.clock.set(LocalDateTime.of(2025, 4, 10, 7, 40));
		String wednesday = "/roll-calls/" + opd.code() + "/2025-04-09/MORNING";
		SheetPage sheet = phone(true).open(wednesday).controlledByServiceWorker();
		sheet.open(wednesday);
		sheet.page.waitForFunction("async () => !!(await caches.match(location.href))");

		sheet.context.setOffline(true);
		String absent = staff.get(5);
		String permitted = staff.get(1400);
		sheet.search("Massal 6");
		sheet.mark(absent, "TK", null);
		sheet.search("Massal 1401");
		sheet.mark(permitted, "I", null);
		sheet.send();
		assertThat(sheet.pending()).containsText("Tidak ada sinyal. 2 perubahan tersimpan di perangkat ini");

		// Reloaded without signal: the service worker's copy of the sheet, the marks from
		// the phone.
		sheet.page.reload();
		sheet.ready();
		assertThat(sheet.status(absent)).hasValue("TK");
		assertThat(sheet.status(permitted)).hasValue("I");
		assertThat(sheet.pending()).containsText("2 perubahan");
		assertThat(stored(absent, "2025-04-09", "MORNING")).isNull();

		sheet.context.setOffline(false);
		assertThat(sheet.message()).containsText("Apel pagi tersimpan",
				new LocatorAssertions.ContainsTextOptions().setTimeout(20000));
		assertThat(sheet.pending()).isHidden();
		assertThat(stored(absent, "2025-04-09", "MORNING")).isEqualTo("UNEXCUSED");
		assertThat(stored(permitted, "2025-04-09", "MORNING")).isEqualTo("PERMISSION");
		// Exactly once: one change line per marked person, one submission.
		assertThat(this.jdbc.sql("""
				select count(*) from attendance_change c join employee e on e.id = c.employee_id
				where e.nip in (:a, :b) and c.day = :day and c.session = 'MORNING'""")
			.params(Map.of("a", absent, "b", permitted, "day", LocalDate.of(2025, 4, 9)))
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc
			.sql("""
					select count(*) from roll_call_submission where unit_id = :unit and day = :day and session = 'MORNING'""")
			.params(Map.of("unit", opd.id(), "day", LocalDate.of(2025, 4, 9)))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anotherPersonsSaveInBetweenIsShownWithBothValuesAndNothingIsLost() {
		UnitView small = this.fixtures.opd("Dinas Tabrakan Uji");
		List<String> people = this.fixtures.employees(small.code(), 12, LocalDate.of(2015, 1, 2));
		String user = smallHead(small);
		String path = "/roll-calls/" + small.code() + "/" + DAY + "/MORNING";
		SheetPage sheet = SheetPage.login(chromium.browser(), url(""), user, PASSWORD, 390, 844, true);
		this.opened.add(sheet);
		sheet.open(path);
		sheet.mark(people.get(0), "TK", null);
		sheet.mark(people.get(2), "I", null);

		// Meanwhile BKPSDM saves the same sheet: the first person sick, the second on
		// leave.
		this.fixtures.as("bkpsdm",
				() -> this.marking.submit(new SubmitRollCall(small.code(), LocalDate.parse(DAY), Session.MORNING, null,
						null, List.of(new SubmitRollCall.Mark(people.get(0), AttendanceStatus.SICK, null, null, null),
								new SubmitRollCall.Mark(people.get(1), AttendanceStatus.LEAVE, null, null, null)))));

		sheet.send();
		var conflicts = sheet.page.locator("[data-conflicts]");
		assertThat(conflicts).isVisible();
		assertThat(sheet.message()).containsText("Lembar ini telah disimpan oleh bkpsdm");
		var line = conflicts.locator("[data-conflict='" + people.get(0) + "']");
		assertThat(line).containsText("Anda: TK");
		assertThat(line).containsText("Tersimpan: S");
		assertThat(sheet.pending()).containsText("2 perubahan");
		line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pakai milik saya")).click();
		conflicts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kirim lagi")).click();
		sheet.page.waitForURL(url(path));
		sheet.ready();
		assertThat(sheet.status(people.get(0))).hasValue("TK");
		assertThat(sheet.status(people.get(1))).hasValue("C");
		assertThat(sheet.status(people.get(2))).hasValue("I");
		assertThat(stored(people.get(0), DAY, "MORNING")).isEqualTo("UNEXCUSED");
		assertThat(stored(people.get(1), DAY, "MORNING")).isEqualTo("LEAVE");
		assertThat(stored(people.get(2), DAY, "MORNING")).isEqualTo("PERMISSION");
	}

	@Test
	void anExpiredSessionKeepsTheMarksAndSendsThemAfterLoggingInAgain() {
		UnitView small = this.fixtures.opd("Dinas Sesi Uji");
		List<String> people = this.fixtures.employees(small.code(), 8, LocalDate.of(2015, 1, 2));
		String user = smallHead(small);
		SheetPage sheet = SheetPage.login(chromium.browser(), url(""), user, PASSWORD, 390, 844, true);
		this.opened.add(sheet);
		sheet.open("/roll-calls/" + small.code() + "/" + DAY + "/MORNING");
		sheet.mark(people.get(3), "TK", null);

		sheet.context.clearCookies();
		sheet.send();
		assertThat(sheet.message()).containsText("Sesi Anda berakhir");
		assertThat(sheet.page.getByTestId("login-again")).isVisible();
		assertThat(sheet.pending()).hasText("1 perubahan belum terkirim");
		assertThat(stored(people.get(3), DAY, "MORNING")).isNull();

		// Logging in again in another tab; back on the sheet, the kept mark is sent.
		Page tab = sheet.context.newPage();
		tab.navigate(url("/login"));
		tab.getByLabel("Nama pengguna").fill(user);
		tab.getByLabel("Kata sandi").fill(PASSWORD);
		tab.locator("form button[type=submit]").click();
		tab.waitForURL((u) -> !u.contains("/login"));
		tab.close();
		sheet.page.bringToFront();
		sheet.page.evaluate("() => window.dispatchEvent(new Event('focus'))");
		assertThat(sheet.message()).containsText("Apel pagi tersimpan");
		assertThat(stored(people.get(3), DAY, "MORNING")).isEqualTo("UNEXCUSED");
	}

	private String smallHead(UnitView unit) {
		String user = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(user, PASSWORD, "Kepala " + unit.name(), Set.of(Role.UNIT_HEAD), unit.code()));
		return user;
	}

	private SheetPage phone(boolean javaScript) {
		SheetPage sheet = SheetPage.login(chromium.browser(), url(""), head, PASSWORD, 390, 844, javaScript);
		this.opened.add(sheet);
		return sheet;
	}

	private String stored(String nip) {
		return stored(nip, DAY, "MORNING");
	}

	private String stored(String nip, String session) {
		return stored(nip, DAY, session);
	}

	private String stored(String nip, String day, String session) {
		return this.jdbc
			.sql("select r.status from attendance_record r join employee e on e.id = r.employee_id "
					+ "where e.nip = :nip and r.day = :day and r.session = :session")
			.params(Map.of("nip", nip, "day", LocalDate.parse(day), "session", session))
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql)
			.params(Map.of("unit", opd.id(), "day", LocalDate.parse(DAY)))
			.query(Long.class)
			.single();
	}

	private static String path(String session) {
		return "/roll-calls/" + opd.code() + "/" + DAY + "/" + session;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
