package id.siapel.security;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import id.siapel.testsupport.TestBeans;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: failed logins per client address, here 3 per 5 minutes (one more try every
 * 100 seconds), in a context of its own without the demo.
 */
@SpringBootTest(properties = { "siapel.security.client-failed-logins=3", "siapel.security.client-window=5m",
		"siapel.discipline.missing-roll-call-cron=-" })
@AutoConfigureMockMvc
@Import(TestBeans.class)
class LoginThrottleTests {

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

	/** A user of each test's own, so that no test locks another's account. */
	String petugas;

	@BeforeEach
	void createUser() {
		this.clock.set(NOW);
		this.petugas = "petugas-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.petugas, PASSWORD, "Petugas Uji", Set.of(Role.HR)));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void failuresFromOneAddressGet429WithRetryAfterEvenForTheRightPassword() throws Exception {
		String address = "10.14.0.1";
		formLogin(this.petugas, "wrong-1", address).andExpect(redirectedUrl("/login?error"));
		formLogin("nobody", PASSWORD, address).andExpect(redirectedUrl("/login?error"));
		formLogin(this.petugas, "wrong-3", address).andExpect(redirectedUrl("/login?error"));
		int auditLines = auditLines();

		// The right password too: the address waits, no password is checked, nothing is
		// written.
		formLogin(this.petugas, PASSWORD, address).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "100"))
			.andExpect(forwardedUrl("/login"));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(this.petugas, PASSWORD)).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "100"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("TOO_MANY_LOGINS"));
		assertThat(auditLines()).isEqualTo(auditLines);

		// Another address of the same user logs in at once.
		formLogin(this.petugas, PASSWORD, "10.14.0.2").andExpect(redirectedUrl("/"));

		// One more try once the wait is over.
		this.clock.set(NOW.plusSeconds(100));
		formLogin(this.petugas, PASSWORD, address).andExpect(redirectedUrl("/"));
	}

	@Test
	void failedHttpBasicCallsCountToo() throws Exception {
		String address = "10.14.0.3";
		for (int attempt = 1; attempt <= 3; attempt++) {
			this.mvc.perform(get("/api/v1/users/me").with(httpBasic(this.petugas, "wrong")).with(from(address)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(this.petugas, PASSWORD)).with(from(address)))
			.andExpect(status().isTooManyRequests());
		formLogin(this.petugas, PASSWORD, address).andExpect(status().isTooManyRequests());
	}

	@Test
	void successfulLoginsNeverCount() throws Exception {
		String address = "10.14.0.4";
		for (int attempt = 1; attempt <= 5; attempt++) {
			formLogin(this.petugas, PASSWORD, address).andExpect(redirectedUrl("/"));
			this.mvc.perform(get("/api/v1/users/me").with(httpBasic(this.petugas, PASSWORD)).with(from(address)))
				.andExpect(status().isOk());
		}
		formLogin(this.petugas, "wrong", address).andExpect(redirectedUrl("/login?error"));
		formLogin(this.petugas, "wrong", address).andExpect(redirectedUrl("/login?error"));
		formLogin(this.petugas, PASSWORD, address).andExpect(redirectedUrl("/"));
	}

	@Test
	void theThrottledLoginPageSaysHowLongToWaitInIndonesian() throws Exception {
		this.mvc.perform(get("/login").requestAttr(LoginThrottle.RETRY_AFTER, 100L))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Terlalu banyak percobaan masuk yang gagal")))
			.andExpect(content().string(containsString("100 detik")));
	}

	private ResultActions formLogin(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private int auditLines() {
		return this.jdbc.queryForObject("select count(*) from audit_entry", Integer.class);
	}

}
