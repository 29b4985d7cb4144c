package id.siapel.discipline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.organization.UnitView;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sidak on a phone (390×844) in a real browser, issue 13: the staff list shown with the
 * button (a POST keeping what was typed), the time, a photo attached, the inspection page
 * listing it and the download; no request of the page carries the CSRF token in its URL
 * and nothing is wider than the screen. A fake photo is refused on the form, and a file
 * over the server's upload limit gets a readable message, not a broken page. Screenshots
 * in {@code target/screenshots}.
 */
@SiapelServerTest
class InspectionEvidenceBrowserTests {

	static final LocalDate DAY = LocalDate.of(2025, 2, 4);

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	BrowserContext context;

	Page page;

	final List<String> urls = new ArrayList<>();

	final List<String> consoleErrors = new ArrayList<>();

	UnitView opd;

	String late;

	@BeforeEach
	void anOpdAndAPhone() {
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		this.clock.set(DAY.atTime(9, 0));
		this.opd = this.fixtures.opd("Dinas Sidak Ponsel");
		this.fixtures.employee(this.opd.code(), "Nur Aini", LocalDate.of(2016, 1, 4));
		this.late = this.fixtures.employee(this.opd.code(), "Oka Pratama Wicaksana, S.T., M.Eng.",
				LocalDate.of(2016, 1, 4));
		this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(this.opd.code(), DAY, Session.MORNING,
				null, null, List.of(new SubmitRollCall.Mark(this.late, AttendanceStatus.LATE, 20, null, null)))));
		this.clock.set(DAY.atTime(10, 0));
		this.context = chromium.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844)
				.setAcceptDownloads(true));
		this.page = this.context.newPage();
		this.page.onRequest((request) -> this.urls.add(request.url()));
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
		this.page.navigate(url("/login"));
		this.page.getByLabel("Nama pengguna").fill("bkpsdm");
		this.page.getByLabel("Kata sandi").fill(SiapelIntegrationTest.DEMO_PASSWORD);
		this.page.locator("form button[type=submit]").click();
		assertThat(this.page).hasURL(url("/"));
	}

	@AfterEach
	void closeContext() {
		this.context.close();
		this.clock.reset();
	}

	@Test
	void recordsASidakWithItsTimeAndAPhotoOnAPhone() throws IOException {
		this.page.navigate(url("/inspections/new"));
		this.page.locator("#inspector").fill("Sekda bersama Kepala BKPSDM");
		this.page.locator("#inspectorKind").selectOption("SECRETARY");
		this.page.locator("#day").fill(DAY.toString());
		this.page.locator("#time").fill("08:15");
		this.page.locator("#unitCode").selectOption(new SelectOption().setValue(this.opd.code()));
		this.page.getByTestId("roster-load").click();
		assertThat(this.page.getByTestId("roster")).containsText("Oka Pratama Wicaksana");
		assertThat(this.page.getByTestId("roster")).containsText("Terlambat");
		assertThat(this.page.locator("#inspector")).hasValue("Sekda bersama Kepala BKPSDM");
		assertThat(this.page.locator("#time")).hasValue("08:15");
		this.page.locator("input[name=absentNips][value='" + this.late + "']").check();
		this.page.locator("#evidence")
			.setInputFiles(new FilePayload("palsu.png", "image/png", InspectionFindingsTests.FAKE_PNG));
		this.page.getByTestId("inspection-submit").click();
		assertThat(this.page.getByTestId("evidence-errors")).containsText("Berkas palsu.png bukan foto JPEG/PNG");
		assertThat(this.page.locator("#inspector")).hasValue("Sekda bersama Kepala BKPSDM");
		assertThat(this.page.locator("input[name=absentNips][value='" + this.late + "']")).isChecked();
		assertNothingWiderThanTheScreen();

		this.page.locator("#evidence").setInputFiles(new FilePayload("ruangan.jpg", "image/jpeg", png()));
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/inspection-evidence-form-phone.png"))
					.setFullPage(true));
		this.page.getByTestId("inspection-submit").click();
		assertThat(this.page).hasURL(url("/inspections"));
		this.page.navigate(url("/inspections?unit=" + this.opd.code()));
		assertThat(this.page.getByTestId("inspections")).containsText("08.15 WIB");
		assertThat(this.page.getByTestId("inspections")).containsText("1 berkas bukti");
		assertNothingWiderThanTheScreen();
		this.page.locator("[data-testid=inspections] a", new Page.LocatorOptions().setHasText("Dinas Sidak Ponsel"))
			.first()
			.click();
		assertThat(this.page.getByTestId("inspection-when")).containsText("08.15 WIB");
		assertThat(this.page.getByTestId("inspection-absentees")).containsText("Terlambat (T)");
		assertThat(this.page.getByTestId("evidence")).containsText("ruangan.png");
		assertNothingWiderThanTheScreen();
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/inspection-detail-phone.png"))
				.setFullPage(true));
		Download download = this.page
			.waitForDownload(() -> this.page.locator("[data-testid=evidence] a").first().click());
		assertThat(download.suggestedFilename()).isEqualTo("ruangan.png");
		assertThat(Files.readAllBytes(download.path())).isEqualTo(png());

		assertThat(this.urls).isNotEmpty().noneMatch((url) -> url.contains("_csrf"));
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void aFileOverTheUploadLimitGetsAReadableMessage() throws IOException {
		Path huge = Files.createTempFile("sidak-besar", ".jpg");
		try {
			byte[] chunk = new byte[1024 * 1024];
			try (var out = Files.newOutputStream(huge)) {
				for (int i = 0; i < 40; i++) {
					out.write(chunk);
				}
			}
			this.page.navigate(url("/inspections/new"));
			this.page.locator("#inspector").fill("Tim BKPSDM");
			this.page.locator("#evidence").setInputFiles(huge);
			this.page.getByTestId("inspection-submit").click();
			assertThat(this.page).hasURL(url("/inspections/new"));
			assertThat(this.page.getByTestId("flash-warning")).containsText("Berkas yang dikirim terlalu besar");
			this.page.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target/screenshots/inspection-evidence-too-large-phone.png"))
				.setFullPage(true));
		}
		finally {
			Files.deleteIfExists(huge);
		}
	}

	private void assertNothingWiderThanTheScreen() {
		Object width = this.page.evaluate("() => document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("page width on a 390 px phone").isLessThanOrEqualTo(390);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.setRGB(5, 6, 0x88aa22);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
