package id.siapel.security;

import java.security.InvalidKeyException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import jakarta.servlet.http.Cookie;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: the optional second factor (TOTP) of ADMIN and HR users. Enrolment needs a
 * valid code of the secret shown; a login with it on reaches nothing but the code page
 * until a valid, unused code is entered; wrong codes count as failed logins; an
 * administrator removes a lost second factor; other roles cannot enrol; the API refuses
 * such users. Codes are made in the test from the secret with java-otp, at the test
 * clock's time.
 */
@SiapelIntegrationTest
class SecondFactorTests {

	static final String PASSWORD = "sandi-uji-dua-langkah";

	static final Pattern SECRET = Pattern.compile("data-testid=\"totp-secret\">([A-Z2-7 ]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	LocalDateTime now = LocalDateTime.of(2026, 3, 2, 8, 0, 10);

	@BeforeEach
	void fixClock() {
		this.clock.set(this.now);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void enrolmentIsConfirmedWithACodeOfTheSecretShown() throws Exception {
		String username = newUser(Role.HR);
		MockHttpSession session = Logins.login(this.mvc, username, PASSWORD);
		this.mvc.perform(get("/account/password").session(session))
			.andExpect(content().string(containsString("Atur verifikasi dua langkah")));
		String page = this.mvc.perform(get("/account/two-step").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("data:image/png;base64,")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = secretOn(page);
		assertThat(((SecondFactors.Enrolment) session.getAttribute("siapel.totp.pendingEnrolment")).otpauthUri())
			.isEqualTo("otpauth://totp/SiApel:" + username + "?secret=" + secret + "&issuer=SiApel");

		String wrong = otherThan(codeAt(secret, 0));
		this.mvc.perform(post("/account/two-step/enable").session(session).with(csrf()).param("code", wrong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kode salah, sudah kedaluwarsa, atau sudah dipakai.")))
			.andExpect(content().string(containsString(spaced(secret))));
		assertThat(enabledAt(username)).isNull();

		this.mvc
			.perform(post("/account/two-step/enable").session(session).with(csrf()).param("code", codeAt(secret, 0)))
			.andExpect(redirectedUrl("/account/two-step"));
		assertThat(enabledAt(username)).isNotNull();
		String stored = this.jdbc.queryForObject("select totp_secret from app_user where username = ?", String.class,
				username);
		assertThat(stored).doesNotContain(secret).matches("(dev|key):[0-9a-f]+");
		assertThat(actions(username)).contains("TOTP_ENABLED");
		this.mvc.perform(get("/account/two-step").session(session))
			.andExpect(content().string(containsString("Verifikasi dua langkah aktif sejak")))
			.andExpect(content().string(not(containsString(spaced(secret)))));
	}

	@Test
	void aLoginWithTheSecondFactorReachesNothingBeforeItsCode() throws Exception {
		String username = newUser(Role.ADMIN);
		String secret = enrol(username);
		later(30);

		MockHttpSession session = passwordStep(username);
		for (String path : List.of("/", "/employees", "/admin/users", "/account/password", "/account/two-step")) {
			this.mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/login/code"));
		}
		this.mvc.perform(get("/reports/board").session(session).header("HX-Request", "true"))
			.andExpect(header().string("HX-Redirect", "/login/code"));
		this.mvc.perform(get("/reports/board").session(session).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("SECOND_FACTOR_REQUIRED"));
		this.mvc.perform(get("/login/code").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kode verifikasi")))
			.andExpect(content().string(containsString("inputmode=\"numeric\"")))
			.andExpect(content().string(containsString("autocomplete=\"one-time-code\"")))
			.andExpect(content().string(not(containsString("data-testid=\"user-menu\""))));
		// The password alone is no login yet: only the one of the enrolment is written.
		assertThat(actions(username)).containsOnlyOnce("LOGIN");

		codeStep(session, otherThan(codeAt(secret, 0))).andExpect(redirectedUrl("/login/code?error"));
		assertThat(failedLogins(username)).isEqualTo(1);
		assertThat(lastFailure(username)).isEqualTo("WRONG_CODE");
		this.mvc.perform(get("/login/code").param("error", "").session(session))
			.andExpect(content().string(containsString("Kode verifikasi salah")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/login/code"));

		codeStep(session, codeAt(secret, 0)).andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		// The form sent twice: the second one changes nothing.
		codeStep(session, codeAt(secret, 0)).andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		assertThat(failedLogins(username)).isZero();
		assertThat(actions(username)).filteredOn("LOGIN"::equals).hasSize(2);

		// The same code once more, in a new login within its 30 seconds: refused.
		MockHttpSession again = passwordStep(username);
		codeStep(again, codeAt(secret, 0)).andExpect(redirectedUrl("/login/code?error"));
		this.mvc.perform(get("/admin/users").session(again)).andExpect(redirectedUrl("/login/code"));
		codeStep(again, codeAt(secret, 30)).andExpect(redirectedUrl("/"));
	}

	@Test
	void theCodeLeadsToThePageFirstAskedForOrToTheRequiredPasswordChange() throws Exception {
		String username = newUser(Role.HR);
		String secret = enrol(username);
		later(30);

		MockHttpSession session = new MockHttpSession();
		// The page first asked for is remembered in a cookie, which the browser sends
		// back.
		Cookie firstPage = this.mvc.perform(get("/employees").session(session))
			.andExpect(redirectedUrl("/login"))
			.andReturn()
			.getResponse()
			.getCookie("REDIRECT_URI");
		assertThat(firstPage).isNotNull();
		this.mvc
			.perform(post("/login").session(session)
				.cookie(firstPage)
				.with(csrf())
				.param("username", username)
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/login/code"));
		this.mvc.perform(
				post("/login/code").session(session).cookie(firstPage).with(csrf()).param("code", codeAt(secret, 0)))
			.andExpect(redirectedUrl("http://localhost/employees"));

		// An administrator resets the password: the code first, then the new password.
		later(30);
		this.accounts.resetPassword(username, PASSWORD);
		MockHttpSession reset = passwordStep(username);
		codeStep(reset, codeAt(secret, 0)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/").session(reset)).andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void wrongCodesLockTheAccountAndTheRightPasswordDoesNotForgiveThem() throws Exception {
		String username = newUser(Role.HR);
		String secret = enrol(username);
		later(30);
		String wrong = otherThan(codeAt(secret, 0));

		MockHttpSession first = passwordStep(username);
		for (int attempt = 0; attempt < 3; attempt++) {
			codeStep(first, wrong).andExpect(redirectedUrl("/login/code?error"));
		}
		MockHttpSession second = passwordStep(username);
		assertThat(failedLogins(username)).isEqualTo(3);
		codeStep(second, wrong).andExpect(redirectedUrl("/login/code?error"));
		codeStep(second, wrong).andExpect(redirectedUrl("/login/code?error"));

		// Locked now: even the right code starts again at the password, which is refused.
		codeStep(second, codeAt(secret, 0)).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login/code").session(second)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theUserTurnsItOffWithACurrentCode() throws Exception {
		String username = newUser(Role.HR);
		String secret = enrol(username);
		later(30);
		MockHttpSession session = passwordStep(username);
		codeStep(session, codeAt(secret, 0)).andExpect(redirectedUrl("/"));
		later(30);

		this.mvc
			.perform(post("/account/two-step/disable").session(session)
				.with(csrf())
				.param("code", otherThan(codeAt(secret, 0))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kode salah")));
		assertThat(enabledAt(username)).isNotNull();
		this.mvc
			.perform(post("/account/two-step/disable").session(session).with(csrf()).param("code", codeAt(secret, 0)))
			.andExpect(redirectedUrl("/account/two-step"));
		assertThat(enabledAt(username)).isNull();
		assertThat(actions(username)).contains("TOTP_DISABLED");
		Logins.login(this.mvc, username, PASSWORD);
	}

	@Test
	void anAdministratorRemovesTheSecondFactorOfAUserWhoLostTheirPhone() throws Exception {
		String username = newUser(Role.HR);
		String secret = enrol(username);
		later(30);
		MockHttpSession waiting = passwordStep(username);
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		this.mvc.perform(get("/admin/users/" + username).session(admin))
			.andExpect(content().string(containsString("Hapus verifikasi dua langkah")));

		this.mvc.perform(post("/admin/users/" + username + "/second-factor/reset").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + username));
		assertThat(enabledAt(username)).isNull();
		assertThat(this.jdbc.queryForObject(
				"select actor from audit_entry where subject = ? and action = 'TOTP_RESET' order by id desc limit 1",
				String.class, username))
			.isEqualTo("admin");
		// A login that was waiting for a code starts again, with the password alone.
		codeStep(waiting, codeAt(secret, 0)).andExpect(redirectedUrl("/login"));
		Logins.login(this.mvc, username, PASSWORD);

		// Not for anyone else.
		String other = newUser(Role.HR);
		enrol(other);
		this.mvc
			.perform(post("/admin/users/" + other + "/second-factor/reset")
				.session(Logins.login(this.mvc, username, PASSWORD))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(enabledAt(other)).isNotNull();
	}

	@Test
	void unitHeadsAndSecretariesCannotEnrol() throws Exception {
		for (String username : List.of(newUser(Role.SECRETARY), "kepala-dinkes")) {
			MockHttpSession session = Logins.login(this.mvc, username,
					username.startsWith("kepala") ? SiapelIntegrationTest.DEMO_PASSWORD : PASSWORD);
			this.mvc.perform(get("/account/two-step").session(session))
				.andExpect(status().isOk())
				.andExpect(
						content().string(containsString("tersedia untuk pengguna berperan Administrator atau BKPSDM")))
				.andExpect(content().string(not(containsString("totp-secret"))));
			this.mvc.perform(post("/account/two-step/enable").session(session).with(csrf()).param("code", "123456"))
				.andExpect(status().isForbidden());
			assertThat(enabledAt(username)).isNull();
		}
	}

	@Test
	void theApiRefusesAUserWithTheSecondFactorOnceThePasswordIsRight() throws Exception {
		String username = newUser(Role.HR);
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
		String secret = enrol(username);
		later(30);

		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("SECOND_FACTOR_USER"))
			.andExpect(jsonPath("$.detail", containsString("two-step verification")));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, PASSWORD + codeAt(secret, 0))))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").doesNotExist());
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, "not-the-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").doesNotExist());
	}

	private String newUser(Role role) {
		String username = "totp-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, PASSWORD, "Petugas Verifikasi", Set.of(role)));
		return username;
	}

	/** Turns the second factor on through the account page; returns its secret. */
	private String enrol(String username) throws Exception {
		MockHttpSession session = Logins.login(this.mvc, username, PASSWORD);
		String secret = secretOn(this.mvc.perform(get("/account/two-step").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString());
		this.mvc
			.perform(post("/account/two-step/enable").session(session).with(csrf()).param("code", codeAt(secret, 0)))
			.andExpect(redirectedUrl("/account/two-step"));
		return secret;
	}

	private MockHttpSession passwordStep(String username) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login/code"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private ResultActions codeStep(MockHttpSession session, String code) throws Exception {
		return this.mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code));
	}

	private void later(int seconds) {
		this.now = this.now.plusSeconds(seconds);
		this.clock.set(this.now);
	}

	/** The code an authenticator app shows {@code offsetSeconds} after the test's now. */
	private String codeAt(String secret, int offsetSeconds) throws InvalidKeyException {
		var generator = new TimeBasedOneTimePasswordGenerator();
		var key = new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
		Instant at = this.clock.instant().plusSeconds(offsetSeconds);
		return generator.generateOneTimePasswordString(key, at);
	}

	/** A six-digit code that is not {@code code} nor valid next to it by chance. */
	private static String otherThan(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
	}

	private static String secretOn(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("secret shown on the page").isTrue();
		return matcher.group(1).replace(" ", "");
	}

	private static String spaced(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

	private Object enabledAt(String username) {
		return this.jdbc.queryForObject("select totp_enabled_at from app_user where username = ?", Object.class,
				username);
	}

	private int failedLogins(String username) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(failed_count), 0) from login_lock where username = ? and locked_until is null",
				Integer.class, username);
	}

	private List<String> actions(String username) {
		return this.jdbc.queryForList("select action from audit_entry where subject = ? order by id", String.class,
				username);
	}

	private String lastFailure(String username) {
		return this.jdbc.queryForObject(
				"select detail from audit_entry where subject = ? and action = 'LOGIN_FAILED' order by id desc limit 1",
				String.class, username);
	}

}
