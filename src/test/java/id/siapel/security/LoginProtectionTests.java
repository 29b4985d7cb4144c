package id.siapel.security;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import id.siapel.testsupport.PasswordChecks;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: a lock ends for good, repeated locks grow longer, and locked, unknown and
 * wrong all get the same answer while the audit trail keeps the real reason.
 */
@SiapelIntegrationTest
class LoginProtectionTests {

	private static final String PASSWORD = "correct-horse-battery";

	private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 8, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	static final String OUTSIDER = "203.0.113.7";

	static final String OFFICE = "198.51.100.20";

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void afterALockExpiresOneWrongGuessDoesNotRelock() throws Exception {
		String username = newUser("expire");
		this.clock.set(NOW);
		failTimes(username, 5);
		formLogin(username, PASSWORD).andExpect(redirectedUrl("/login?error"));

		this.clock.set(NOW.plusMinutes(16));
		failTimes(username, 4);
		formLogin(username, PASSWORD).andExpect(redirectedUrl("/"));
	}

	/**
	 * The finding of issue 14: anyone could keep {@code admin} locked out by guessing at
	 * it. The lock now belongs to the address the guesses came from: the outsider's
	 * address is locked for the user, the office's address is not; an office behind one
	 * address is locked for that user only, never for its other staff.
	 */
	@Test
	void wrongGuessesFromOneAddressLockOnlyThatAddressForThatUser() throws Exception {
		String target = newUser("target");
		String colleague = newUser("colleague");
		this.clock.set(NOW);
		for (int attempt = 1; attempt <= 5; attempt++) {
			formLogin(target, "guess-" + attempt, OUTSIDER).andExpect(redirectedUrl("/login?error"));
		}
		formLogin(target, PASSWORD, OUTSIDER).andExpect(redirectedUrl("/login?error"));
		assertThat(lastFailure(target)).isEqualTo("LOCKED");

		formLogin(target, PASSWORD, OFFICE).andExpect(redirectedUrl("/"));
		formLogin(colleague, PASSWORD, OUTSIDER).andExpect(redirectedUrl("/"));
		// The user list shows the lock, and the administrator's reset ends it.
		assertThat(this.accounts.get(target).locked()).isTrue();
		this.accounts.resetPassword(target, PASSWORD);
		assertThat(this.accounts.get(target).locked()).isFalse();
		formLogin(target, PASSWORD, OUTSIDER).andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void eachLockInARowLastsTwiceAsLong() throws Exception {
		String username = newUser("backoff");
		this.clock.set(NOW);
		failTimes(username, 5);
		this.clock.set(NOW.plusMinutes(16));
		failTimes(username, 5);
		// The second lock lasts 30 minutes.
		this.clock.set(NOW.plusMinutes(16 + 16));
		formLogin(username, PASSWORD).andExpect(redirectedUrl("/login?error"));
		this.clock.set(NOW.plusMinutes(16 + 31));
		formLogin(username, PASSWORD).andExpect(redirectedUrl("/"));
		// The successful login starts the back-off again at 15 minutes.
		failTimes(username, 5);
		this.clock.set(NOW.plusMinutes(16 + 31 + 16));
		formLogin(username, PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongUnknownLockedAndDisabledGetTheSameAnswerButTheAuditKnowsWhy() throws Exception {
		String locked = newUser("same");
		String disabled = newUser("same");
		String wrong = newUser("same");
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		failTimes(locked, 5);
		disable(disabled);

		// The right password of a locked or disabled account changes nothing.
		for (String password : new String[] { PASSWORD, "not-the-password" }) {
			assertOneCheckAndGenericAnswer(locked, password);
			assertOneCheckAndGenericAnswer(disabled, password);
		}
		assertOneCheckAndGenericAnswer(wrong, "not-the-password");
		assertOneCheckAndGenericAnswer(unknown, PASSWORD);

		String lockedAnswer = basic(locked, PASSWORD);
		assertThat(basic(disabled, PASSWORD)).isEqualTo(lockedAnswer);
		assertThat(basic(wrong, "not-the-password")).isEqualTo(lockedAnswer);
		assertThat(basic(unknown, PASSWORD)).isEqualTo(lockedAnswer);
		assertThat(PasswordChecks.count(() -> basic(locked, PASSWORD))).isOne();
		assertThat(PasswordChecks.count(() -> basic(disabled, PASSWORD))).isOne();
		assertThat(PasswordChecks.count(() -> basic(wrong, "not-the-password"))).isOne();
		assertThat(PasswordChecks.count(() -> basic(unknown, PASSWORD))).isOne();

		assertThat(lastFailure(locked)).isEqualTo("LOCKED");
		assertThat(lastFailure(disabled)).isEqualTo("DISABLED");
		assertThat(lastFailure(wrong)).isEqualTo("WRONG_PASSWORD");
		assertThat(lastFailure(unknown)).isEqualTo("UNKNOWN_USER");
		assertThat(this.jdbc.queryForObject(
				"select remote_address from audit_entry where subject = ? and action = 'LOGIN_FAILED' limit 1",
				String.class, unknown))
			.isEqualTo("127.0.0.1");
	}

	/**
	 * The login page shown after a failed login says the same whatever the reason: there
	 * is no message for a disabled account any more.
	 */
	@Test
	void theLoginPageHasOneMessageForEveryFailure() throws Exception {
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Nama pengguna atau kata sandi salah.")));
		this.mvc.perform(get("/login").param("disabled", ""))
			.andExpect(content().string(not(containsString("dinonaktifkan"))));
	}

	/** One password-hash comparison, then {@code /login?error}. */
	private void assertOneCheckAndGenericAnswer(String username, String password) throws Exception {
		ResultActions[] answer = new ResultActions[1];
		int checks = PasswordChecks.count(() -> answer[0] = formLogin(username, password));
		answer[0].andExpect(redirectedUrl("/login?error"));
		assertThat(checks).as("password checks for %s", username).isOne();
	}

	private String newUser(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, PASSWORD, "Uji Kunci", Set.of(Role.HR)));
		return username;
	}

	private void disable(String username) {
		var user = this.accounts.get(username);
		this.accounts.update(username, new UserAccounts.UserChanges(user.fullName(), user.roles(), null, false),
				user.version());
	}

	private void failTimes(String username, int times) throws Exception {
		for (int attempt = 1; attempt <= times; attempt++) {
			formLogin(username, "wrong-" + attempt).andExpect(redirectedUrl("/login?error"));
		}
	}

	private ResultActions formLogin(String username, String password) throws Exception {
		return this.mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()));
	}

	private ResultActions formLogin(String username, String password, String address) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
					request.setRemoteAddr(address);
					return request;
				}));
	}

	/** Status, headers and body of an API call with these credentials. */
	private String basic(String username, String password) throws Exception {
		var response = this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, password)))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse();
		return response.getStatus() + " " + response.getHeader("WWW-Authenticate") + " "
				+ response.getContentAsString();
	}

	private String lastFailure(String username) {
		return this.jdbc.queryForObject(
				"select detail from audit_entry where subject = ? and action = 'LOGIN_FAILED' order by id desc limit 1",
				String.class, username);
	}

}
