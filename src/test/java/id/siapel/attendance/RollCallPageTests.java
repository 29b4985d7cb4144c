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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The sheet pages as a plain form post (no JavaScript): the reason a day has no sheet,
 * the redirect after saving, the 409 page on a stale version, field errors next to the
 * line, 403 on another unit's sheet.
 */
@SiapelIntegrationTest
class RollCallPageTests {

	static final String PASSWORD = "kepala-halaman-uji";

	static final LocalDate TUESDAY = LocalDate.of(2025, 4, 8);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	UnitView opd;

	UnitView other;

	String nip;

	MockHttpSession head;

	@BeforeEach
	void aUnitHeadLoggedIn() throws Exception {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 8, 0));
		this.opd = this.fixtures.opd("Dinas Halaman Apel");
		this.other = this.fixtures.opd("Dinas Halaman Lain");
		this.nip = this.fixtures.employee(this.opd.code(), "Eko Prasetyo", LocalDate.of(2021, 3, 1));
		String username = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.create(new NewUser(username, PASSWORD, "Kepala Dinas Halaman", Set.of(Role.UNIT_HEAD), this.opd.code()));
		this.head = Logins.login(this.mvc, username, PASSWORD);
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aUnitHeadStartsOnTodaysMorningSheetOfTheirUnit() throws Exception {
		this.mvc.perform(get("/roll-calls").session(this.head))
			.andExpect(redirectedUrl("/roll-calls/" + this.opd.code() + "/2025-04-08/MORNING"));
		this.mvc.perform(get("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head))
			.andExpect(status().isOk())
			.andExpect(view().name("attendance/sheet"))
			.andExpect(content().string(containsString("Selasa, 8 April 2025")))
			.andExpect(content().string(containsString("Eko Prasetyo")))
			.andExpect(content()
				.string(containsString("Hadir <b data-count-present>1</b> dari <b data-count-total>1</b>")));
	}

	@Test
	void aHolidaySaysWhichHolidayItIsAndOffersNoForm() throws Exception {
		this.mvc.perform(get("/roll-calls/{u}/2025-03-31/MORNING", this.opd.code()).session(this.head))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hari libur nasional: Hari Raya Idul Fitri 1446 H")))
			.andExpect(content().string(not(containsString("data-testid=\"sheet-submit\""))));
	}

	@Test
	void submittingRedirectsWithTheCountAndAStaleFormGetsTheConflictPage() throws Exception {
		this.mvc
			.perform(post("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head)
				.with(csrf())
				.param("version", "0")
				.param("s." + this.nip, "LATE")
				.param("m." + this.nip, "35")
				.param("o." + this.nip, "PRESENT~~"))
			.andExpect(redirectedUrl("/roll-calls/" + this.opd.code() + "/2025-04-08/MORNING"))
			.andExpect(flash().attribute("success", "rollCall.saved.MORNING"));
		this.mvc.perform(get("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head))
			.andExpect(content().string(containsString("value=\"LATE~35~\"")));
		this.mvc
			.perform(post("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head)
				.with(csrf())
				.param("version", "0")
				.param("s." + this.nip, "UNEXCUSED")
				.param("o." + this.nip, "PRESENT~~"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"));
	}

	@Test
	void aLateMarkWithoutMinutesComesBackWithTheErrorOnItsLine() throws Exception {
		this.mvc
			.perform(post("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head)
				.with(csrf())
				.param("version", "0")
				.param("s." + this.nip, "LATE")
				.param("m." + this.nip, "")
				.param("o." + this.nip, "PRESENT~~"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Eko Prasetyo: isikan jumlah menit antara 1 dan 480.")))
			.andExpect(content().string(containsString("sheet-entry is-invalid")));
	}

	@Test
	void anotherUnitsSheetIsForbidden() throws Exception {
		this.mvc.perform(get("/roll-calls/{u}/2025-04-08/MORNING", this.other.code()).session(this.head))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/roll-calls/{u}/2025-04-08/MORNING", this.other.code()).session(this.head)
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isForbidden());
	}

}
