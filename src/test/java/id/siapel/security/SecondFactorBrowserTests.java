package id.siapel.security;

import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.siapel.testsupport.Chromium;
import id.siapel.testsupport.SiapelServerTest;
import id.siapel.testsupport.TestClock;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium on a phone-sized screen (390×844), issue 14: a BKPSDM user turns on
 * two-step verification by typing the key shown into "their app" (the test makes the code
 * from it), logs in again, is stopped at "Kode verifikasi" and enters the code there. The
 * code page passes axe-core's WCAG A/AA checks and trips no Content-Security-Policy.
 */
@SiapelServerTest
class SecondFactorBrowserTests {

	static final String PASSWORD = "sandi-uji-ponsel";

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TestClock clock;

	final List<String> consoleErrors = new ArrayList<>();

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aUserTurnsOnTwoStepVerificationAndLogsInWithTheCodeOnAPhone() throws Exception {
		String username = "ponsel-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(new NewUser(username, PASSWORD, "Pegawai Dua Langkah", Set.of(Role.HR)));
		LocalDateTime now = LocalDateTime.of(2026, 3, 2, 9, 0, 5);
		this.clock.set(now);

		try (BrowserContext phone = newPhone()) {
			Page page = phone.newPage();
			logIn(page, username);
			assertThat(page).hasURL(url("/"));
			page.navigate(url("/account/password"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Atur verifikasi dua langkah")).click();
			assertThat(page.getByTestId("totp-qr")).isVisible();
			String secret = page.getByTestId("totp-secret").textContent().replaceAll("\\s", "");
			page.getByLabel("Kode dari aplikasi autentikator").fill(codeOf(secret));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aktifkan verifikasi dua langkah"))
				.click();
			assertThat(page.getByTestId("flash-success")).containsText("Verifikasi dua langkah telah aktif.");

			this.clock.set(now.plusSeconds(30));
			try (BrowserContext again = newPhone()) {
				Page login = again.newPage();
				logIn(login, username);
				assertThat(login).hasURL(url("/login/code"));
				assertThat(login.locator("h1")).hasText("Kode verifikasi");
				login.navigate(url("/reports/board"));
				assertThat(login).hasURL(url("/login/code"));
				assertThat(seriousViolations(login)).isEmpty();
				login.getByLabel("Kode verifikasi").fill(codeOf(secret));
				login.screenshot(
						new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/login-code-phone.png")));
				login.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verifikasi")).click();
				assertThat(login).hasURL(url("/"));
				assertThat(login.getByTestId("greeting")).hasText("Selamat datang, Pegawai Dua Langkah");
			}
		}
		assertThat(this.consoleErrors).as("console errors (e.g. Content-Security-Policy violations)").isEmpty();
	}

	private BrowserContext newPhone() {
		BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("id-ID"));
		context.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
		return context;
	}

	private void logIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
	}

	/** What the user's authenticator app shows now. */
	private String codeOf(String secret) throws InvalidKeyException {
		var generator = new TimeBasedOneTimePasswordGenerator();
		return generator.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), this.clock.instant());
	}

	private static List<String> seriousViolations(Page page) {
		List<String> problems = new ArrayList<>();
		for (Rule rule : new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				problems.add(rule.getId() + " " + rule.getNodes().get(0).getTarget());
			}
		}
		return problems;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
