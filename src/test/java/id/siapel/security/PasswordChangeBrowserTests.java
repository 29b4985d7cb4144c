package id.siapel.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Locator;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium: the administrator creates a user; that user logs in, lands on the
 * password page with the explanation, is sent back there from another page, changes the
 * password and then reaches the home page (issue 13).
 */
@SiapelServerTest
class PasswordChangeBrowserTests {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	final List<String> consoleErrors = new ArrayList<>();

	@Test
	void aNewUserChangesThePasswordTheAdministratorChoseBeforeAnythingElse() {
		String username = "pegawai-" + UUID.randomUUID().toString().substring(0, 6);

		try (BrowserContext admin = newContext()) {
			Page page = admin.newPage();
			logIn(page, "admin", DEMO_PASSWORD);
			assertThat(page).hasURL(url("/"));
			page.navigate(url("/admin/users/new"));
			page.getByLabel("Nama pengguna").fill(username);
			page.getByLabel("Nama lengkap").fill("Pegawai Baru Uji");
			page.getByLabel("Kata sandi", new Page.GetByLabelOptions().setExact(true)).fill("sandi-dari-admin");
			page.getByLabel("BKPSDM", new Page.GetByLabelOptions().setExact(true)).check();
			page.locator("form.card button[type=submit]").first().click();
			assertThat(page).hasURL(url("/admin/users"));
			assertThat(page.getByRole(AriaRole.ROW)
				.filter(new Locator.FilterOptions().setHasText(username))
				.getByTestId("must-change-password")).hasText("Harus ganti kata sandi");
		}

		try (BrowserContext user = newContext()) {
			Page page = user.newPage();
			logIn(page, username, "sandi-dari-admin");
			assertThat(page).hasURL(url("/account/password"));
			assertThat(page.getByTestId("password-change-required"))
				.containsText("Anda harus mengganti kata sandi sebelum melanjutkan.");

			page.navigate(url("/reports/board"));
			assertThat(page).hasURL(url("/account/password"));

			page.getByLabel("Kata sandi saat ini").fill("sandi-dari-admin");
			page.getByLabel("Kata sandi baru", new Page.GetByLabelOptions().setExact(true)).fill("sandi-milik-sendiri");
			page.getByLabel("Ulangi kata sandi baru").fill("sandi-milik-sendiri");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan kata sandi")).click();

			assertThat(page).hasURL(url("/"));
			assertThat(page.getByTestId("flash-success")).hasText("Kata sandi Anda telah diganti.");
			assertThat(page.getByTestId("greeting")).hasText("Selamat datang, Pegawai Baru Uji");
			page.navigate(url("/reports/board"));
			assertThat(page).hasURL(url("/reports/board"));
		}
		assertThat(this.consoleErrors).as("console errors (e.g. Content-Security-Policy violations)").isEmpty();
	}

	private BrowserContext newContext() {
		BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("id-ID"));
		context.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
		return context;
	}

	private void logIn(Page page, String username, String password) {
		page.navigate(url("/login"));
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
