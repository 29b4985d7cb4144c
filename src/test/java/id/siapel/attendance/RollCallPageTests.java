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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
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
			.andExpect(content().string(containsString("<li id=\"e-" + this.nip + "\" class=\"r bad")))
			.andExpect(content().string(containsString("href=\"#e-" + this.nip + "\"")));
	}

	@Test
	void theDayButtonsSkipHolidaysAndTheStartLandsOnTheLastWorkingDay() throws Exception {
		this.mvc.perform(get("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head))
			.andExpect(content().string(containsString("/roll-calls/" + this.opd.code() + "/2025-03-27/MORNING")))
			.andExpect(content().string(not(containsString("data-testid=\"next-day\""))));
		this.clock.set(LocalDateTime.of(2025, 4, 13, 10, 0));
		this.mvc.perform(get("/roll-calls").session(this.head))
			.andExpect(redirectedUrl("/roll-calls/" + this.opd.code() + "/2025-04-11/EVENING"));
		this.mvc.perform(get("/roll-calls/{u}/2025-04-11/EVENING", this.opd.code()).session(this.head))
			.andExpect(content().string(containsString("/roll-calls/" + this.opd.code() + "/2025-04-10/EVENING")))
			.andExpect(content().string(not(containsString("data-testid=\"next-day\""))));
	}

	@Test
	void theSheetPageSendsOnlyChangedLinesAsJsonAndARetryIsAppliedOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = "{\"version\":0,\"key\":\"" + key + "\",\"lines\":[{\"nip\":\"" + this.nip
				+ "\",\"status\":\"UNEXCUSED\",\"shown\":\"PRESENT~~\"}]}";
		for (int attempt = 0; attempt < 2; attempt++) {
			this.mvc
				.perform(post("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head)
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.accept(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.lines[0].shown").value("UNEXCUSED~~"))
				.andExpect(jsonPath("$.counts.TK").value(1))
				.andExpect(jsonPath("$.message").value("Apel pagi tersimpan: hadir 0 dari 1, tanpa keterangan 1."));
		}
		this.mvc.perform(get("/roll-calls/{u}/2025-04-08/MORNING/changes", this.opd.code()).session(this.head))
			.andExpect(content().string(containsString("Tanpa keterangan")));
		// The same line marked from an older view of the sheet: a conflict with both
		// values.
		this.mvc
			.perform(post("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"key\":\"" + UUID.randomUUID() + "\",\"lines\":[{\"nip\":\"" + this.nip
						+ "\",\"status\":\"SICK\",\"shown\":\"PRESENT~~\"}]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.lines[0].theirs").value("UNEXCUSED~~"))
			.andExpect(jsonPath("$.lines[0].conflict").value(true));
		// A late mark without minutes: 422 naming the line.
		this.mvc
			.perform(post("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":1,\"key\":\"" + UUID.randomUUID() + "\",\"lines\":[{\"nip\":\"" + this.nip
						+ "\",\"status\":\"T\",\"shown\":\"UNEXCUSED~~\"}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].nip").value(this.nip))
			.andExpect(jsonPath("$.errors[0].message").value("Eko Prasetyo: isikan jumlah menit antara 1 dan 480."));
	}

	@Test
	void aFormSentAfterTheSessionEndedSaysSo() throws Exception {
		this.mvc
			.perform(post("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).with(csrf().useInvalidToken())
				.session(this.head)
				.param("version", "0"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("X-Siapel-Denied", "session"))
			.andExpect(request().attribute("siapel.sessionEnded", true));
		this.mvc
			.perform(post("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).with(csrf().useInvalidToken())
				.session(this.head)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("SESSION"));
	}

	@Test
	void pressingSendWithNothingChangedSubmitsTheSheetAsAllPresent() throws Exception {
		this.mvc
			.perform(post("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"key\":\"" + UUID.randomUUID() + "\",\"lines\":[]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.counts.H").value(1))
			.andExpect(jsonPath("$.message").value("Apel pagi tersimpan: hadir 1 dari 1, tanpa keterangan 0."));
		this.mvc.perform(get("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head))
			.andExpect(content().string(containsString("data-testid=\"sheet-submitted\"")));
	}

	@Test
	void aBodyThePageCouldNotHaveSentIsAProblemNotAnErrorPage() throws Exception {
		this.mvc
			.perform(post("/roll-calls/{u}/2025-04-08/MORNING", this.opd.code()).session(this.head)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"key\":\"not-a-key\",\"lines\":["))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("UNREADABLE"));
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
