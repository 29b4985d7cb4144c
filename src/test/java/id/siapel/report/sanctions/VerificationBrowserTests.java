package id.siapel.report.sanctions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verification page opened on a phone from the QR code of a sanction list: at 390
 * pixels each entry is a card that reads top to bottom (name, NIP, unit, sanction,
 * decree), nothing scrolls sideways; the ten-column table only on a wide screen.
 * Screenshots go to {@code target/screenshots}.
 */
@SiapelServerTest
class VerificationBrowserTests {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	PrintedDocuments documents;

	String code;

	@BeforeEach
	void aPrintedSanctionList() {
		List<String> columns = List.of("No.", "Nama", "NIP", "Pangkat/Gol.", "Jabatan", "Unit kerja", "Pelanggaran",
				"Hukuman disiplin", "Nomor dan tanggal SK", "Masa berlaku");
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			rows.add(List.of(String.valueOf(i), "Dr. H. Ahmad Fauzi Rahmatullah, S.H., M.Si.", "196601101992011838",
					"III/a", "Analis Kepegawaian Ahli Muda",
					"Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian, Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
					"Menghadiri deklarasi pasangan calon kepala daerah dengan atribut PNS (PP 94/2021 Pasal 5 huruf n)",
					"Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan — Sedang (PP 94/2021 Pasal 10 ayat (2) huruf f angka 1)",
					"800.1.6/" + i + "/BKPSDM/2025 tanggal 13 Juni 2025 (Bupati Sukamaju)",
					"1 Juli 2025 s.d. 31 Desember 2025"));
		}
		this.code = this.documents
			.keep(new DocumentSnapshot("SANCTION_LIST", "DAFTAR PEGAWAI YANG DIJATUHI HUKUMAN DISIPLIN",
					List.of(new DocumentSnapshot.Fact("Periode tanggal SK", "1 Januari 2025 s.d. 31 Desember 2025")),
					columns, rows, Instant.parse("2025-06-25T03:00:00Z"), "sekda", "Drs. H. Bambang Sutrisno, M.Si.",
					"SECRETARY"));
	}

	@Test
	void onAPhoneEveryEntryIsACardAndNothingScrollsSideways() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page phone = context.newPage();
			logIn(phone);
			phone.navigate(url("/verify/" + this.code));
			assertThat(phone.getByTestId("verify-valid")).isVisible();
			assertThat(phone.getByTestId("verify-rows")).isHidden();
			Locator cards = phone.getByTestId("verify-card");
			assertThat(cards).hasCount(6);
			Locator first = cards.first();
			assertThat(first).isVisible();
			assertThat(first).containsText("1. Dr. H. Ahmad Fauzi Rahmatullah, S.H., M.Si.");
			assertThat(first).containsText("196601101992011838");
			assertThat(first).containsText("800.1.6/1/BKPSDM/2025 tanggal 13 Juni 2025");
			assertThat((Number) phone.evaluate("document.documentElement.scrollWidth - window.innerWidth"))
				.as("horizontal overflow in pixels")
				.satisfies((n) -> assertThat(n.intValue()).isLessThanOrEqualTo(0));
			for (int i = 0; i < 6; i++) {
				var box = cards.nth(i).boundingBox();
				assertThat(box.width).isLessThanOrEqualTo(390);
				// Ten labelled lines, the long ones wrapped: about a screen at most.
				assertThat(box.height).as("card height").isLessThan(700);
			}
			phone.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", "verify-phone.png")));
		}
	}

	@Test
	void onAWideScreenTheTableStays() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page desk = context.newPage();
			logIn(desk);
			desk.navigate(url("/verify/" + this.code));
			assertThat(desk.getByTestId("verify-rows")).isVisible();
			assertThat(desk.getByTestId("verify-rows").locator("tbody tr")).hasCount(6);
			assertThat(desk.getByTestId("verify-card").first()).isHidden();
			desk.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", "verify-desktop.png")));
		}
	}

	@Test
	void anyoneWithThePaperSeesOnlyTheProof() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page phone = context.newPage();
			phone.navigate(url("/verify/" + this.code));
			assertThat(phone.getByTestId("verify-valid")).isVisible();
			assertThat(phone.getByTestId("verify-title")).hasText("DAFTAR PEGAWAI YANG DIJATUHI HUKUMAN DISIPLIN");
			assertThat(phone.getByTestId("verify-office")).hasText("Sekretariat Daerah");
			assertThat(phone.getByTestId("verify-row-count")).hasText("6");
			assertThat(phone.getByTestId("verify-card")).hasCount(0);
			assertThat(phone.locator("body")).not().containsText("196601101992011838");
			assertThat(phone.locator("body")).not().containsText("Ahmad Fauzi");
			assertThat(phone.locator("body")).not().containsText("Bambang Sutrisno");
			phone.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", "verify-phone-public.png")));
		}
	}

	private void logIn(Page page) {
		page.navigate(url("/login"));
		page.getByLabel("Nama pengguna").fill("bkpsdm");
		page.getByLabel("Kata sandi").fill(SiapelIntegrationTest.DEMO_PASSWORD);
		page.locator("form button[type=submit]").click();
		assertThat(page).hasURL(url("/"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
