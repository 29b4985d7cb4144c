package id.siapel.security;

import java.util.Set;
import java.util.UUID;

import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A password an administrator chose (new user, reset) must be replaced at the first login
 * before anything else (issue 13): pages send the user to the password page, htmx and
 * JSON requests are told so, the API refuses with PASSWORD_CHANGE_REQUIRED. Demo users
 * and users created by the application itself are not asked.
 */
@SiapelIntegrationTest
class PasswordChangeRequiredTests {

	static final String INITIAL = "sandi-dari-admin";

	static final String OWN = "sandi-pilihan-sendiri";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUserTheAdministratorCreatedMustChangeThePasswordBeforeAnythingElse() throws Exception {
		String username = createdByAdmin();
		this.mvc.perform(get("/admin/users").session(Logins.loginAsDemo(this.mvc, "admin")))
			.andExpect(content().string(containsString("Harus ganti kata sandi")));

		MockHttpSession session = login(username, INITIAL, "/account/password");
		this.mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anda harus mengganti kata sandi sebelum melanjutkan.")))
			.andExpect(content().string(containsString("dibuat atau diatur ulang oleh administrator")));
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/employees").session(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/reports/board").session(session).header("HX-Request", "true"))
			.andExpect(header().string("HX-Redirect", "/account/password"));
		this.mvc.perform(get("/reports/board").session(session).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
		this.mvc.perform(get("/session/csrf").session(session)).andExpect(status().isOk());

		// The new password must differ from the one the administrator chose.
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", INITIAL)
				.param("newPassword", INITIAL)
				.param("confirmPassword", INITIAL))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "account.password.unchanged"));
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));

		changeOwnPassword(session, INITIAL, OWN);
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/account/password").session(session))
			.andExpect(content().string(not(containsString("Anda harus mengganti kata sandi"))));
		assertThat(this.accounts.get(username).passwordChangeRequired()).isFalse();
		login(username, OWN, "/");
		assertThat(this.jdbc.queryForList("select action from audit_entry where subject = ? order by id", String.class,
				username))
			.containsSubsequence("USER_CREATED", "LOGIN", "PASSWORD_CHANGED");
	}

	@Test
	void theApiRefusesSuchAUserWithAProblem() throws Exception {
		String username = createdByAdmin();
		this.mvc.perform(get("/api/v1/units").with(httpBasic(username, INITIAL)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"))
			.andExpect(jsonPath("$.detail", containsString("/account/password")));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, INITIAL)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true));

		changeOwnPassword(login(username, INITIAL, "/account/password"), INITIAL, OWN);
		this.mvc.perform(get("/api/v1/units").with(httpBasic(username, OWN))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, OWN)))
			.andExpect(jsonPath("$.passwordChangeRequired").value(false));
	}

	@Test
	void usersCreatedOverTheApiAndResetPasswordsMustBeChangedToo() throws Exception {
		String username = "api-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "password": "%s", "fullName": "Uji Api", "roles": ["HR"]}"""
					.formatted(username, INITIAL)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true));
		changeOwnPassword(login(username, INITIAL, "/account/password"), INITIAL, OWN);

		this.mvc
			.perform(post("/admin/users/" + username + "/password").session(Logins.loginAsDemo(this.mvc, "admin"))
				.with(csrf())
				.param("password", "sandi-reset-admin"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.accounts.get(username).passwordChangeRequired()).isTrue();
		MockHttpSession session = login(username, "sandi-reset-admin", "/account/password");
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void demoUsersAndUsersOfTheApplicationItselfAreNotAsked() throws Exception {
		String username = "app-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, INITIAL, "Dibuat Aplikasi", Set.of(Role.HR)));
		this.mvc.perform(get("/").session(login(username, INITIAL, "/"))).andExpect(status().isOk());
		this.mvc.perform(get("/").session(Logins.loginAsDemo(this.mvc, "bkpsdm"))).andExpect(status().isOk());
		assertThat(this.accounts.get("admin").passwordChangeRequired()).isFalse();
	}

	private String createdByAdmin() throws Exception {
		String username = "baru-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/admin/users/new").session(Logins.loginAsDemo(this.mvc, "admin"))
				.with(csrf())
				.param("username", username)
				.param("fullName", "Pegawai Baru")
				.param("password", INITIAL)
				.param("roles", "HR"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.accounts.get(username).passwordChangeRequired()).isTrue();
		return username;
	}

	private MockHttpSession login(String username, String password, String landing) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl(landing))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private void changeOwnPassword(MockHttpSession session, String current, String next) throws Exception {
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", current)
				.param("newPassword", next)
				.param("confirmPassword", next))
			.andExpect(redirectedUrl("/"));
	}

}
