package id.siapel.audit;

import java.util.Set;
import java.util.UUID;

import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logins, failed logins and changes leave a line in the audit trail that administrators
 * can read.
 */
@SiapelIntegrationTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loginsFailedLoginsAndCreatedUsersAreRecorded() throws Exception {
		String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "long-enough-secret", "Uji Audit", Set.of(Role.HR)));
		this.mvc.perform(post("/login").param("username", username).param("password", "wrong-secret").with(csrf()));
		Logins.login(this.mvc, username, "long-enough-secret");

		assertThat(this.jdbc.queryForList("select action from audit_entry where subject = ? order by id", String.class,
				username))
			.containsExactly("USER_CREATED", "LOGIN_FAILED", "LOGIN");
		assertThat(this.jdbc.queryForObject(
				"select remote_address from audit_entry where subject = ? and action = 'LOGIN'", String.class,
				username))
			.isNotBlank();
		assertThat(this.jdbc.queryForObject("select actor from audit_entry where subject = ? and action = 'LOGIN'",
				String.class, username))
			.isEqualTo(username);
	}

	@Test
	void administratorsReadTheTrailOthersMayNot() throws Exception {
		this.mvc.perform(get("/admin/audit").session(Logins.loginAsDemo(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Log audit")))
			.andExpect(content().string(containsString("LOGIN")));
		this.mvc.perform(get("/admin/audit").param("action", "LOGIN").session(Logins.loginAsDemo(this.mvc, "admin")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/audit").session(Logins.loginAsDemo(this.mvc, "bkpsdm")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").session(Logins.loginAsDemo(this.mvc, "sekda")))
			.andExpect(status().isForbidden());
	}

}
