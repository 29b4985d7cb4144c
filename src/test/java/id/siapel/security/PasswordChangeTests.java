package id.siapel.security;

import java.util.Set;
import java.util.UUID;

import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SiapelIntegrationTest
class PasswordChangeTests {

	static final String OLD = "old-password-123";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	String username;

	MockHttpSession session;

	@BeforeEach
	void newUser() throws Exception {
		this.username = "pw-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.username, OLD, "Uji Sandi", Set.of(Role.SECRETARY)));
		this.session = Logins.login(this.mvc, this.username, OLD);
	}

	@Test
	void changedPasswordWorksAndTheOldOneNoLonger() throws Exception {
		this.mvc
			.perform(post("/account/password").session(this.session)
				.with(csrf())
				.param("currentPassword", OLD)
				.param("newPassword", "a-much-better-one")
				.param("confirmPassword", "a-much-better-one"))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("success", "account.password.changed"));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(this.username, "a-much-better-one")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(this.username, OLD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void wrongCurrentPasswordIsAFieldError() throws Exception {
		this.mvc
			.perform(post("/account/password").session(this.session)
				.with(csrf())
				.param("currentPassword", "not-it-at-all")
				.param("newPassword", "a-much-better-one")
				.param("confirmPassword", "a-much-better-one"))
			.andExpect(status().isOk())
			.andExpect(view().name("security/password"))
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "account.password.currentWrong"))
			.andExpect(content().string(containsString("Kata sandi saat ini salah.")));
	}

	@Test
	void tooShortAndMismatchedPasswordsAreRefused() throws Exception {
		this.mvc
			.perform(post("/account/password").session(this.session)
				.with(csrf())
				.param("currentPassword", OLD)
				.param("newPassword", "short")
				.param("confirmPassword", "short"))
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "user.password.tooShort"))
			.andExpect(content().string(containsString("Kata sandi minimal 10 karakter.")));
		this.mvc
			.perform(post("/account/password").session(this.session)
				.with(csrf())
				.param("currentPassword", OLD)
				.param("newPassword", "a-much-better-one")
				.param("confirmPassword", "a-much-better-two"))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "account.password.mismatch"));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(this.username, OLD))).andExpect(status().isOk());
	}

}
