package id.siapel.security;

import java.util.Set;
import java.util.UUID;

import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SiapelIntegrationTest
class SecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void anonymousPageRedirectsToLogin() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/audit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void loginPageIsIndonesianByDefaultAndEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Masuk ke SiApel")))
			.andExpect(content().string(containsString("Nama pengguna")));
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Log in to SiApel")));
	}

	@Test
	void anonymousApiCallGets401AsProblemJson() throws Exception {
		this.mvc.perform(get("/api/v1/users/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"));
	}

	@Test
	void adminOverBasicGetsItsRoles() throws Exception {
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("admin"))
			.andExpect(jsonPath("$.roles[0]").value("ADMIN"))
			.andExpect(jsonPath("$.unitCode").isEmpty());
	}

	@Test
	void wrongBasicPasswordGets401() throws Exception {
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic("sekda", "not-the-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void apiIsStatelessAndNeedsNoCsrf() throws Exception {
		MvcResult result = this.mvc.perform(get("/api/v1/users/me").with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void formPostWithoutCsrfTokenIsRefused() throws Exception {
		MockHttpSession session = login("bkpsdm", DEMO_PASSWORD);
		this.mvc.perform(post("/account/password").session(session).param("currentPassword", DEMO_PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("username", "admin").param("password", DEMO_PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void logoutNeedsAPostAndEndsTheSession() throws Exception {
		MockHttpSession session = login("sekda", DEMO_PASSWORD);
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/logout").session(session)).andExpect(status().isNotFound());
		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void wrongPasswordShowsTheIndonesianError() throws Exception {
		this.mvc.perform(post("/login").param("username", "sekda").param("password", "salah-sekali").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Nama pengguna atau kata sandi salah.")));
	}

	@Test
	void pagesCarrySecurityHeadersWithAStrictContentSecurityPolicy() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void healthIsTheOnlyAnonymousActuatorEndpoint() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/info")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/actuator/info").session(login("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/info").session(login("admin", DEMO_PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "correct-horse-battery", "Uji Kunci", Set.of(Role.HR)));
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc
				.perform(post("/login").param("username", username).param("password", "wrong-" + attempt).with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}
		// Locked, but the answer is the same as for a wrong password or an unknown user.
		this.mvc
			.perform(post("/login").param("username", username).param("password", "correct-horse-battery").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, "correct-horse-battery")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aSuccessfulLoginResetsTheFailureCount() throws Exception {
		String username = "reset-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "correct-horse-battery", "Uji Reset", Set.of(Role.HR)));
		for (int round = 0; round < 2; round++) {
			for (int attempt = 1; attempt <= 4; attempt++) {
				this.mvc.perform(post("/login").param("username", username).param("password", "nope").with(csrf()))
					.andExpect(redirectedUrl("/login?error"));
			}
			this.mvc.perform(
					post("/login").param("username", username).param("password", "correct-horse-battery").with(csrf()))
				.andExpect(redirectedUrl("/"));
		}
	}

	private MockHttpSession login(String username, String password) throws Exception {
		return Logins.login(this.mvc, username, password);
	}

}
