package id.siapel.organization;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A UNIT_HEAD sees their unit and everything below it, in pages and API, and nothing else
 * (403); and changes nothing of the master data.
 */
@SiapelIntegrationTest
class UnitScopeTests {

	static final String PASSWORD = "kepala-dinas-uji";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccounts accounts;

	UnitView mine;

	UnitView mySubUnit;

	UnitView theirs;

	String myEmployee;

	String mySubUnitEmployee;

	String theirEmployee;

	String head;

	@BeforeEach
	void twoOpdsAndAHead() {
		this.mine = this.fixtures.opd("Dinas Lingkup Saya");
		this.mySubUnit = this.fixtures.unit(this.mine.code(), "Bidang Lingkup Saya", UnitKind.DIVISION);
		this.theirs = this.fixtures.opd("Dinas Lingkup Lain");
		LocalDate since = LocalDate.of(2016, 1, 4);
		this.myEmployee = this.fixtures.employee(this.mine.code(), "Pegawai Saya", since);
		this.mySubUnitEmployee = this.fixtures.employee(this.mySubUnit.code(), "Pegawai Bidang Saya", since);
		this.theirEmployee = this.fixtures.employee(this.theirs.code(), "Pegawai Lain", since);
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.create(new NewUser(this.head, PASSWORD, "Kepala Dinas Uji", Set.of(Role.UNIT_HEAD), this.mine.code()));
	}

	@Test
	void apiShowsOnlyTheUnitsAndEmployeesInScope() throws Exception {
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic(this.head, PASSWORD)))
			.andExpect(jsonPath("$.unitCode").value(this.mine.code()));
		this.mvc.perform(get("/api/v1/units").with(httpBasic(this.head, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(containsInAnyOrder(this.mine.code(), this.mySubUnit.code())));
		this.mvc.perform(get("/api/v1/employees").with(httpBasic(this.head, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].nip").value(containsInAnyOrder(this.myEmployee, this.mySubUnitEmployee)));
		this.mvc.perform(get("/api/v1/employees/" + this.mySubUnitEmployee).with(httpBasic(this.head, PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void apiRefusesEverythingOutsideTheScopeWith403() throws Exception {
		this.mvc.perform(get("/api/v1/employees/" + this.theirEmployee).with(httpBasic(this.head, PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/employees").param("unit", this.theirs.code()).with(httpBasic(this.head, PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/units/" + this.theirs.code()).with(httpBasic(this.head, PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/employees").with(httpBasic(this.head, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/employees/" + this.myEmployee + "/transfers").with(httpBasic(this.head, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesShowOnlyTheScopeAndRefuseTheRest() throws Exception {
		MockHttpSession session = Logins.login(this.mvc, this.head, PASSWORD);
		this.mvc.perform(get("/employees").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.myEmployee)))
			.andExpect(content().string(containsString(this.mySubUnitEmployee)))
			.andExpect(content().string(not(containsString(this.theirEmployee))));
		this.mvc.perform(get("/units").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.mySubUnit.code())))
			.andExpect(content().string(not(containsString(this.theirs.code()))));
		this.mvc.perform(get("/employees/" + this.theirEmployee).session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/employees").param("unit", this.theirs.code()).session(session))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/employees/" + this.myEmployee).session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/employees/new").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/units/" + this.mine.code() + "/edit").session(session))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/employees/" + this.myEmployee + "/transfer").session(session).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void hrAndSecretarySeeEveryUnit() throws Exception {
		this.mvc.perform(get("/api/v1/employees/" + this.theirEmployee).with(httpBasic("sekda", "siapel-demo")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/employees/" + this.theirEmployee).session(Logins.loginAsDemo(this.mvc, "bkpsdm")))
			.andExpect(status().isOk());
	}

}
