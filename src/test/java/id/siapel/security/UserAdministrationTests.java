package id.siapel.security;

import java.util.Set;
import java.util.UUID;

import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Users and roles (api.md, Users; issue 3): ADMIN only, with the unit scope of a
 * UNIT_HEAD.
 */
@SiapelIntegrationTest
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccounts accounts;

	@Test
	void adminCreatesAUnitHeadScopedToAUnitOverTheApi() throws Exception {
		String unit = this.fixtures.opd("Dinas Pengguna Uji").code();
		String username = "kepala-" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "password": "panjang-sekali", "fullName": "Kepala Uji",
						 "roles": ["UNIT_HEAD"], "unitCode": "%s"}""".formatted(username, unit)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitCode").value(unit));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, "panjang-sekali")))
			.andExpect(jsonPath("$.roles[0]").value("UNIT_HEAD"))
			.andExpect(jsonPath("$.unitCode").value(unit));
	}

	@Test
	void badUsersAre422() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "pendek", "password": "123456789", "fullName": "X", "roles": ["HR"]}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		this.mvc.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"username": "tanpa-unit", "password": "cukup-panjang", "fullName": "X", "roles": ["UNIT_HEAD"]}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "unit-salah", "password": "cukup-panjang", "fullName": "X", "roles": ["UNIT_HEAD"],
						 "unitCode": "NO-SUCH-UNIT"}"""))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "bkpsdm", "password": "cukup-panjang", "fullName": "X", "roles": ["HR"]}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		this.mvc.perform(post("/api/v1/users").with(httpBasic("admin", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "peran-aneh", "password": "cukup-panjang", "fullName": "X", "roles": ["BUPATI"]}"""))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theUserFormShowsEveryErrorAtOnce() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		this.mvc
			.perform(post("/admin/users/new").session(admin)
				.with(csrf())
				.param("username", "X")
				.param("fullName", "")
				.param("password", "pendek"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nama pengguna harus 3 sampai 50 karakter")))
			.andExpect(content().string(containsString("Isi nama lengkap.")))
			.andExpect(content().string(containsString("Pilih sedikitnya satu peran.")))
			.andExpect(content().string(containsString("Kata sandi minimal")));
	}

	@Test
	void disablingAUserEndsTheirSessionAndLogin() throws Exception {
		String username = "nonaktif-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(new NewUser(username, "kata-sandi-awal", "Akan Dinonaktifkan", Set.of(Role.SECRETARY)));
		MockHttpSession theirSession = Logins.login(this.mvc, username, "kata-sandi-awal");
		this.mvc.perform(get("/").session(theirSession)).andExpect(status().isOk());

		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		long version = this.accounts.get(username).version();
		this.mvc
			.perform(post("/admin/users/" + username).session(admin)
				.with(csrf())
				.param("fullName", "Akan Dinonaktifkan")
				.param("roles", "SECRETARY")
				.param("_enabled", "on") // the checkbox's marker: unchecked means
											// disabled
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/users"));

		this.mvc.perform(get("/").session(theirSession)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, "kata-sandi-awal")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theLastAdministratorCannotBeRemoved() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		long version = this.accounts.get("admin").version();
		this.mvc
			.perform(post("/admin/users/admin").session(admin)
				.with(csrf())
				.param("fullName", "Administrator SiApel")
				.param("roles", "HR")
				.param("enabled", "true")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("administrator aktif terakhir")));
	}

	@Test
	void aPasswordResetNeedsTenCharactersAndUnlocks() throws Exception {
		String username = "reset-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(new NewUser(username, "kata-sandi-lama", "Lupa Sandi", Set.of(Role.HR)));
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		this.mvc.perform(
				post("/admin/users/" + username + "/password").session(admin).with(csrf()).param("password", "pendek"))
			.andExpect(redirectedUrl("/admin/users/" + username));
		this.mvc
			.perform(post("/admin/users/" + username + "/password").session(admin)
				.with(csrf())
				.param("password", "kata-sandi-baru"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(username, "kata-sandi-baru")))
			.andExpect(status().isOk());
	}

	@Test
	void aStaleEditIsAConflictNotAnOverwrite() throws Exception {
		String username = "bentrok-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(new NewUser(username, "kata-sandi-awal", "Nama Awal", Set.of(Role.HR)));
		long staleVersion = this.accounts.get(username).version();
		this.accounts.update(username, new UserAccounts.UserChanges("Diubah Orang Lain", Set.of(Role.HR), null, true),
				staleVersion);
		this.mvc
			.perform(post("/admin/users/" + username).session(Logins.loginAsDemo(this.mvc, "admin"))
				.with(csrf())
				.param("fullName", "Perubahan Saya")
				.param("roles", "HR")
				.param("enabled", "true")
				.param("version", String.valueOf(staleVersion)))
			.andExpect(status().isConflict());
		org.assertj.core.api.Assertions.assertThat(this.accounts.get(username).fullName())
			.isEqualTo("Diubah Orang Lain");
	}

}
