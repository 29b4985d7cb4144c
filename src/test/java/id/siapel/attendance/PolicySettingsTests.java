package id.siapel.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roll-call policy settings (product.md §2, Roll call: "an OPD head may change a
 * submitted sheet until the edit window closes (setting, default: the next working
 * day)"): a longer window from a date lets a unit head's late change through, the default
 * refuses it; a used version stays; only the administrator changes the policy. Works in
 * February 2023 and removes its versions afterwards.
 */
@SiapelIntegrationTest
class PolicySettingsTests {

	static final String HEAD_PASSWORD = "kepala-kebijakan-uji";

	/** Monday 6 February 2023; Wednesday 8 February is two working days later. */
	static final LocalDate MONDAY = LocalDate.of(2023, 2, 6);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	UnitView opd;

	String nip;

	String head;

	@BeforeEach
	void anOpdWithAHead() {
		this.clock.set(MONDAY.atTime(9, 0));
		this.opd = this.fixtures.opd("Dinas Kebijakan Uji");
		this.nip = this.fixtures.employee(this.opd.code(), "Wawan Setiawan", LocalDate.of(2015, 1, 2));
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Kebijakan", Set.of(Role.UNIT_HEAD),
				this.opd.code()));
	}

	@AfterEach
	void shippedPolicyAgain() {
		this.jdbc.sql("delete from attendance_policy where created_by <> 'system'").update();
		this.clock.reset();
	}

	@Test
	void theEditWindowOfTheVersionInForceOnTheSheetsDayDecidesAUnitHeadsLateChange() throws Exception {
		sheet("UNEXCUSED", 0).andExpect(status().isOk());
		// Wednesday: the next working day (Tuesday) has ended, the window is closed.
		this.clock.set(LocalDateTime.of(2023, 2, 8, 10, 0));
		sheet("SICK", 1).andExpect(status().isForbidden());
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		this.mvc.perform(get("/attendance/policy").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sampai akhir 1 hari kerja setelah tanggal apel")));
		policy(admin, "2023-02-01", "3", false).andExpect(status().isOk())
			.andExpect(content().string(containsString("centang konfirmasi")));
		policy(admin, "2023-02-01", "31", true).andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi angka 0 sampai 30.")));
		assertThat(versions()).isEqualTo(1);
		policy(admin, "2023-02-01", "3", true).andExpect(redirectedUrl("/attendance/policy"))
			.andExpect(flash().attribute("success", "attendance.policy.saved"));
		sheet("SICK", 1).andExpect(status().isOk());
		// Monday 13 February, five working days later: closed again.
		this.clock.set(LocalDateTime.of(2023, 2, 13, 10, 0));
		sheet("PERMISSION", 2).andExpect(status().isForbidden());
		// The new version governed a sheet: it stays.
		long id = this.jdbc.sql("select id from attendance_policy where effective_from = '2023-02-01'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/attendance/policy/{id}/delete", id).session(admin).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("warning", "attendance.policy.locked"));
		assertThat(versions()).isEqualTo(2);
	}

	@Test
	void theShippedVersionIsDescribedInTheUsersLanguage() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		this.mvc.perform(get("/attendance/policy").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bawaan sistem: sampai akhir hari kerja berikutnya")))
			.andExpect(content().string(containsString("Sistem SiApel")))
			.andExpect(content().string(not(containsString("Default: until"))))
			.andExpect(content().string(not(containsString(">system<"))));
	}

	@Test
	void aFutureVersionIsChangedOrDeletedOnlyByTheAdministrator() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		policy(admin, "2023-03-01", "2", false).andExpect(redirectedUrl("/attendance/policy"));
		long id = this.jdbc.sql("select id from attendance_policy where effective_from = '2023-03-01'")
			.query(Long.class)
			.single();
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		MockHttpSession head = Logins.login(this.mvc, this.head, HEAD_PASSWORD);
		for (MockHttpSession session : new MockHttpSession[] { hr, head }) {
			this.mvc.perform(get("/attendance/policy").session(session)).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/attendance/policy/{id}/delete", id).session(session).with(csrf()).param("version", "0"))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/attendance/policy/{id}/edit", id).session(admin)
				.with(csrf())
				.param("effectiveFrom", "2023-03-01")
				.param("editWindowWorkingDays", "0")
				.param("sessionOpensMinutes", "30")
				.param("headLeaveMaxDays", "92")
				.param("version", "0"))
			.andExpect(redirectedUrl("/attendance/policy"));
		this.mvc
			.perform(post("/attendance/policy/{id}/edit", id).session(admin)
				.with(csrf())
				.param("effectiveFrom", "2023-03-01")
				.param("editWindowWorkingDays", "5")
				.param("sessionOpensMinutes", "30")
				.param("headLeaveMaxDays", "92")
				.param("version", "0"))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/attendance/policy/{id}/delete", id).session(admin).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("success", "attendance.policy.deleted"));
		assertThat(versions()).isEqualTo(1);
	}

	private ResultActions policy(MockHttpSession session, String from, String window, boolean confirm)
			throws Exception {
		return this.mvc.perform(post("/attendance/policy/new").session(session)
			.with(csrf())
			.param("effectiveFrom", from)
			.param("editWindowWorkingDays", window)
			.param("sessionOpensMinutes", "60")
			.param("headLeaveMaxDays", "92")
			.param("note", "Perbup Uji 9/2023 tentang Apel")
			.param("confirmPast", String.valueOf(confirm)));
	}

	private int versions() {
		return this.jdbc.sql("select count(*) from attendance_policy").query(Integer.class).single();
	}

	/** The unit head saves apel pagi of Monday with the employee in the given status. */
	private ResultActions sheet(String status, long version) throws Exception {
		return this.mvc.perform(put("/api/v1/roll-calls/%s/%s/MORNING".formatted(this.opd.code(), MONDAY))
			.with(httpBasic(this.head, HEAD_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": %d, \"records\": [{\"nip\": \"%s\", \"status\": \"%s\"}]}".formatted(version,
					this.nip, status)));
	}

}
