package id.siapel.attendance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OPD head on a phone (390×844) on Tuesday 6 May 2025 registers four days of annual
 * leave for one of their staff (issue 12): one employee field with their staff to choose
 * from and the longest leave they may register under the end date; a range over the limit
 * is refused next to the end date with the choices kept; the corrected one is listed
 * under Cuti and comes prefilled on the day's apel sheet.
 */
@SiapelServerTest
class LeaveBrowserTests {

	static final String PASSWORD = "kepala-cuti-ponsel";

	static final LocalDate TUESDAY = LocalDate.of(2025, 5, 6);

	static final JsonMapper JSON = JsonMapper.builder().build();

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

	BrowserContext context;

	Page page;

	final List<String> consoleErrors = new ArrayList<>();

	UnitView opd;

	String onLeave;

	String present;

	String username;

	@BeforeEach
	void anOpdHeadOnAPhone() {
		this.clock.set(LocalDateTime.of(2025, 5, 6, 7, 35));
		this.opd = this.fixtures.opd("Dinas Cuti Ponsel");
		this.onLeave = this.fixtures.employee(this.opd.code(), "Indah Puspitasari", LocalDate.of(2017, 8, 1));
		this.present = this.fixtures.employee(this.opd.code(), "Joko Susilo", LocalDate.of(2017, 8, 1));
		this.username = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.username, PASSWORD, "Kepala Dinas Cuti Ponsel", Set.of(Role.UNIT_HEAD),
				this.opd.code()));
		this.context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
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
	void theHeadRegistersLeaveFromThePhone() {
		this.page.navigate(url("/leaves"));
		this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Daftarkan cuti atau dinas luar").setExact(true))
			.click();
		assertThat(this.page).hasURL(url("/leaves/new"));
		assertThat(this.page.locator("[name=nip]")).hasCount(1);
		var employee = this.page.getByLabel("Pegawai");
		assertThat(employee).hasAttribute("list", "staff-choices");
		String choice = "Indah Puspitasari (" + this.onLeave + ")";
		assertThat(this.page.locator("#staff-choices option[value='" + choice + "']")).hasCount(1);
		assertThat(this.page.locator("#endDate-hint"))
			.hasText("Paling lama 92 hari; lebih lama didaftarkan oleh BKPSDM.");

		// What choosing from the list puts into the field; a quarter and a day is too
		// long.
		employee.fill(choice);
		this.page.getByLabel("Jenis").selectOption("ANNUAL_LEAVE");
		this.page.getByLabel("Mulai tanggal").fill("2025-05-06");
		this.page.getByLabel("Sampai tanggal").fill("2025-08-06");
		this.page.getByLabel("Nomor surat").fill("800/31/DCP/2025");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Daftarkan").setExact(true)).click();
		assertThat(this.page.locator("#endDate")).hasClass(Pattern.compile("is-invalid"));
		assertThat(this.page.locator("#endDate ~ .invalid-feedback")).containsText("paling lama 92 hari");
		assertThat(this.page.locator("#endDate ~ .invalid-feedback")).isVisible();
		assertThat(this.page.getByLabel("Pegawai")).hasValue(choice);
		assertThat(this.page.getByLabel("Jenis")).hasValue("ANNUAL_LEAVE");
		assertThat(this.page.getByLabel("Nomor surat")).hasValue("800/31/DCP/2025");

		this.page.getByLabel("Sampai tanggal").fill("2025-05-09");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Daftarkan").setExact(true)).click();
		assertThat(this.page).hasURL(url("/leaves"));
		assertThat(this.page.getByTestId("flash-success")).containsText("Terdaftar untuk Indah Puspitasari.");
		var row = this.page.getByTestId("leaves").locator("tr", new Locator.LocatorOptions().setHasText(this.onLeave));
		assertThat(row).containsText("Indah Puspitasari");
		assertThat(row).containsText("Cuti tahunan");
		assertThat(row).containsText("800/31/DCP/2025");

		JsonNode sheet = sheet(TUESDAY, "MORNING");
		assertThat(status(sheet, this.onLeave)).isEqualTo("LEAVE");
		assertThat(source(sheet, this.onLeave)).isEqualTo("LEAVE");
		assertThat(status(sheet, this.present)).isEqualTo("PRESENT");
		JsonNode lastDay = sheet(LocalDate.of(2025, 5, 9), "EVENING");
		assertThat(status(lastDay, this.onLeave)).isEqualTo("LEAVE");
		assertThat(this.consoleErrors).isEmpty();
	}

	/** The day's sheet as the head's API client reads it (HTTP Basic, no session). */
	private JsonNode sheet(LocalDate day, String session) {
		String basic = Base64.getEncoder()
			.encodeToString((this.username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		APIRequestContext api = chromium.playwright()
			.request()
			.newContext(
					new APIRequest.NewContextOptions().setExtraHTTPHeaders(Map.of("Authorization", "Basic " + basic)));
		try {
			APIResponse response = api.get(url("/api/v1/roll-calls/%s/%s/%s".formatted(this.opd.code(), day, session)));
			assertThat(response.status()).isEqualTo(200);
			return JSON.readTree(response.text());
		}
		finally {
			api.dispose();
		}
	}

	private static String status(JsonNode sheet, String nip) {
		return record(sheet, nip).get("status").asString();
	}

	private static String source(JsonNode sheet, String nip) {
		return record(sheet, nip).get("source").asString();
	}

	private static JsonNode record(JsonNode sheet, String nip) {
		for (JsonNode record : sheet.get("records")) {
			if (nip.equals(record.get("nip").asString())) {
				return record;
			}
		}
		throw new AssertionError(nip + " is not on the sheet " + sheet);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
