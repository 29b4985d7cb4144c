package id.siapel.security;

import java.util.Set;
import java.util.UUID;

import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing one's password ends one's other sessions (issue 14): a phone left logged in,
 * or someone who had learned the old password, is logged out; the browser the change was
 * made in stays in.
 */
@SiapelIntegrationTest
class OtherSessionsEndTests {

	static final String OLD = "old-password-123";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void changingThePasswordLogsOutEveryOtherBrowser() throws Exception {
		String username = "sessions-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, OLD, "Uji Sesi", Set.of(Role.SECRETARY)));
		MockHttpSession desk = Logins.login(this.mvc, username, OLD);
		MockHttpSession phone = Logins.login(this.mvc, username, OLD);
		this.mvc.perform(get("/reports/sanctions").session(phone)).andExpect(status().isOk());

		this.mvc
			.perform(post("/account/password").session(desk)
				.with(csrf())
				.param("currentPassword", OLD)
				.param("newPassword", "a-much-better-one")
				.param("confirmPassword", "a-much-better-one"))
			.andExpect(redirectedUrl("/"));

		this.mvc.perform(get("/reports/sanctions").session(desk)).andExpect(status().isOk());
		this.mvc.perform(get("/reports/sanctions").session(phone))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?expired"));
	}

}
