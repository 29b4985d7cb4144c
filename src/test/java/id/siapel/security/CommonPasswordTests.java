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

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: a new password set through SiApel (one's own change, an administrator's new
 * user or reset, the API) is refused when it is a common password or built on the user's
 * name; a passphrase is accepted. Passwords from outside the application (the demo's, the
 * first administrator's) are not refused.
 */
@SiapelIntegrationTest
class CommonPasswordTests {

	static final String OLD = "old-password-123";

	static final String PASSPHRASE = "kopi tubruk di pagi hari";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void commonPasswordsAndOnesOwnNameAreRefusedAsANewPasswordAndAPassphraseIsNot() throws Exception {
		String username = "budi.santoso-" + UUID.randomUUID().toString().substring(0, 4);
		this.accounts.create(new NewUser(username, OLD, "Budi Santoso", Set.of(Role.SECRETARY)));
		MockHttpSession session = Logins.login(this.mvc, username, OLD);

		for (String weak : new String[] { "password123", "qwerty12345", "budisantoso2024", username + "!",
				"siapel-demo" }) {
			this.mvc
				.perform(post("/account/password").session(session)
					.with(csrf())
					.param("currentPassword", OLD)
					.param("newPassword", weak)
					.param("confirmPassword", weak))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "user.password.guessable"))
				.andExpect(content().string(containsString("Kata sandi ini terlalu umum atau mudah ditebak")));
		}
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, OLD))).andExpect(status().isOk());

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", OLD)
				.param("newPassword", PASSPHRASE)
				.param("confirmPassword", PASSPHRASE))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("success", "account.password.changed"));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, PASSPHRASE))).andExpect(status().isOk());
	}

	@Test
	void theAdministratorsNewUserFormRefusesACommonPasswordAndKeepsTheOtherFields() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		String username = "baru-" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/admin/users/new").session(admin)
				.with(csrf())
				.param("username", username)
				.param("fullName", "Siti Rahayu")
				.param("roles", "HR")
				.param("password", "password123"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.guessable"))
			.andExpect(content().string(containsString("Kata sandi ini terlalu umum atau mudah ditebak")))
			.andExpect(content().string(containsString("value=\"" + username + "\"")))
			.andExpect(content().string(containsString("value=\"Siti Rahayu\"")));
		assertThat(this.accounts.exists(username)).isFalse();
	}

	@Test
	void theAdministratorsResetRefusesACommonPassword() throws Exception {
		String username = "lupa-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(new NewUser(username, OLD, "Lupa Sandi", Set.of(Role.HR)));
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		this.mvc
			.perform(post("/admin/users/" + username + "/password").session(admin)
				.with(csrf())
				.param("password", "qwerty12345"))
			.andExpect(redirectedUrl("/admin/users/" + username))
			.andExpect(flash().attribute("warning", "user.password.guessable"));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, OLD))).andExpect(status().isOk());
	}

	@Test
	void theApiRefusesACommonPasswordWithAFieldError() throws Exception {
		String username = "api-" + UUID.randomUUID().toString().substring(0, 6);
		for (String weak : new String[] { "password123", "qwerty12345", "Wulan Sari 1" }) {
			this.mvc
				.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"username": "%s", "password": "%s", "fullName": "Wulan Sari", "roles": ["HR"]}"""
						.formatted(username, weak)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("password"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("terlalu umum atau mudah ditebak")));
		}
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "password": "%s", "fullName": "Wulan Sari", "roles": ["HR"]}"""
					.formatted(username, PASSPHRASE)))
			.andExpect(status().isCreated());
	}

}
