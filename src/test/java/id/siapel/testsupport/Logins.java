package id.siapel.testsupport;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Logs in through the real login form and returns the session, as a browser would hold
 * it.
 */
public final class Logins {

	private Logins() {
	}

	public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	public static MockHttpSession loginAsDemo(MockMvc mvc, String username) throws Exception {
		return login(mvc, username, SiapelIntegrationTest.DEMO_PASSWORD);
	}

}
