package id.siapel.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.organization.WorkPattern;
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

import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12: a six-day Puskesmas under a five-day Dinas on Saturday 17 May 2025 (no
 * holiday). The Dinas does not work, the Puskesmas does: its own sheet is open to the
 * Dinas's unit head and to BKPSDM and can be submitted; the Dinas's sheet page says which
 * of its sub-units work that day, with a link to each sheet and whether it was sent; the
 * Dinas's month view shows the Saturday with its sub-units' roll calls instead of a day
 * off.
 */
@SiapelIntegrationTest
class SixDaySubUnitSheetTests {

	static final String HEAD_PASSWORD = "kepala-puskesmas-uji";

	static final LocalDate SATURDAY = LocalDate.of(2025, 5, 17);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	UnitView dinas;

	UnitView office;

	UnitView puskesmas;

	String nurse;

	String midwife;

	String head;

	@BeforeEach
	void aFiveDayDinasWithASixDayPuskesmas() {
		this.clock.set(LocalDateTime.of(2025, 5, 17, 8, 0));
		LocalDate since = LocalDate.of(2020, 1, 2);
		this.dinas = this.fixtures.opd("Dinas Kesehatan Sabtu");
		this.office = this.fixtures.unit(this.dinas.code(), "Bidang Kesmas Sabtu", UnitKind.DIVISION);
		this.puskesmas = this.fixtures.unit(this.dinas.code(), "UPTD Puskesmas Sabtu", UnitKind.TECHNICAL_UNIT,
				WorkPattern.SIX_DAY);
		this.fixtures.employee(this.dinas.code(), "Kepala Dinas Sabtu", since);
		this.fixtures.employee(this.office.code(), "Analis Kantor Sabtu", since);
		this.nurse = this.fixtures.employee(this.puskesmas.code(), "Perawat Puskesmas Sabtu", since);
		this.midwife = this.fixtures.employee(this.puskesmas.code(), "Bidan Puskesmas Sabtu", since);
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Kesehatan Sabtu",
				Set.of(Role.UNIT_HEAD), this.dinas.code()));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theDinasHeadAndBkpsdmReachTheOpenPuskesmasSheetFromTheDinasPageAndSubmitIt() throws Exception {
		for (String[] user : new String[][] { { this.head, HEAD_PASSWORD }, { "bkpsdm", DEMO_PASSWORD } }) {
			this.mvc
				.perform(get("/api/v1/roll-calls/{u}/{d}/MORNING", this.puskesmas.code(), SATURDAY)
					.with(httpBasic(user[0], user[1])))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.working").value(true))
				.andExpect(jsonPath("$.state").value("OPEN"))
				.andExpect(jsonPath("$.editable").value(true))
				.andExpect(jsonPath("$.records[*].nip").value(containsInAnyOrder(this.nurse, this.midwife)));
		}
		// The Dinas itself has no sheet that day.
		this.mvc
			.perform(get("/api/v1/roll-calls/{u}/{d}/MORNING", this.dinas.code(), SATURDAY)
				.with(httpBasic(this.head, HEAD_PASSWORD)))
			.andExpect(jsonPath("$.working").value(false))
			.andExpect(jsonPath("$.records", hasSize(0)));

		// From the Dinas's Saturday page both reach the Puskesmas's own sheet.
		MockHttpSession headSession = Logins.login(this.mvc, this.head, HEAD_PASSWORD);
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		for (MockHttpSession session : new MockHttpSession[] { headSession, hr }) {
			String dinasPage = this.mvc
				.perform(get("/roll-calls/{u}/{d}/MORNING", this.dinas.code(), SATURDAY).session(session))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String link = "/roll-calls/" + this.puskesmas.code() + "/2025-05-17/MORNING";
			assertThat(item(dinasPage, this.puskesmas)).contains("href=\"" + link + "\"");
			this.mvc.perform(get(link).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Perawat Puskesmas Sabtu")))
				.andExpect(content().string(containsString("Bidan Puskesmas Sabtu")))
				.andExpect(content().string(not(containsString("Analis Kantor Sabtu"))))
				.andExpect(content().string(not(containsString("data-testid=\"working-subunits\""))));
		}

		this.mvc
			.perform(put("/api/v1/roll-calls/{u}/{d}/MORNING", this.puskesmas.code(), SATURDAY)
				.with(httpBasic(this.head, HEAD_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version": 0, "records": [{"nip": "%s", "status": "LATE", "minutes": 15}]}"""
					.formatted(this.nurse)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submitted").value(true))
			.andExpect(jsonPath("$.counts.total").value(2));
	}

	@Test
	void theDinasSheetPageListsItsWorkingSubUnitsWithALinkAndWhetherEachWasSent() throws Exception {
		MockHttpSession session = Logins.login(this.mvc, this.head, HEAD_PASSWORD);
		String before = this.mvc
			.perform(get("/roll-calls/{u}/{d}/MORNING", this.dinas.code(), SATURDAY).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(before).contains("data-testid=\"working-subunits\"")
			.contains("Sub-unit yang bekerja pada hari ini")
			.contains("href=\"/roll-calls/" + this.puskesmas.code() + "/2025-05-17/MORNING\"")
			.contains("UPTD Puskesmas Sabtu")
			// The five-day Bidang is off like the Dinas.
			.doesNotContain("data-testid=\"subunit-" + this.office.code() + "\"");
		assertThat(item(before, this.puskesmas)).contains("data-submitted=\"false\"")
			.contains("Belum dikirim")
			.contains("2 pegawai");

		this.mvc
			.perform(put("/api/v1/roll-calls/{u}/{d}/MORNING", this.puskesmas.code(), SATURDAY)
				.with(httpBasic(this.head, HEAD_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"records\": []}"))
			.andExpect(status().isOk());
		String after = this.mvc
			.perform(get("/roll-calls/{u}/{d}/MORNING", this.dinas.code(), SATURDAY).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(item(after, this.puskesmas)).contains("data-submitted=\"true\"").contains("Sudah dikirim");
		// Apel sore of the same Saturday is still to be sent.
		String evening = this.mvc
			.perform(get("/roll-calls/{u}/{d}/EVENING", this.dinas.code(), SATURDAY).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(item(evening, this.puskesmas)).contains("data-submitted=\"false\"")
			.contains("href=\"/roll-calls/" + this.puskesmas.code() + "/2025-05-17/EVENING\"");
		// A weekday: the Dinas works and its own sheet has everyone; no such list.
		this.mvc.perform(get("/roll-calls/{u}/2025-05-16/MORNING", this.dinas.code()).session(session))
			.andExpect(content().string(not(containsString("data-testid=\"working-subunits\""))))
			.andExpect(content().string(containsString("Perawat Puskesmas Sabtu")))
			.andExpect(content().string(containsString("Analis Kantor Sabtu")));
	}

	@Test
	void theDinasMonthViewShowsTheSaturdayOfItsPuskesmas() throws Exception {
		this.clock.set(LocalDateTime.of(2025, 5, 17, 14, 0));
		MockHttpSession session = Logins.login(this.mvc, this.head, HEAD_PASSWORD);
		String before = month(session);
		assertThat(day(before, SATURDAY)).contains("working sub-units-only")
			.contains("data-sub-units-only=\"true\"")
			.contains("href=\"/roll-calls/" + this.dinas.code() + "/2025-05-17/MORNING\"")
			.contains("state-MISSING")
			.doesNotContain("state-SUBMITTED");
		// Sunday stays a day off; Friday is an ordinary working day of the Dinas.
		assertThat(day(before, SATURDAY.plusDays(1))).contains("off").doesNotContain("session-link");
		assertThat(day(before, SATURDAY.minusDays(1))).contains("working").doesNotContain("sub-units-only");

		this.mvc
			.perform(put("/api/v1/roll-calls/{u}/{d}/MORNING", this.puskesmas.code(), SATURDAY)
				.with(httpBasic(this.head, HEAD_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"records\": []}"))
			.andExpect(status().isOk());
		String after = day(month(session), SATURDAY);
		// Apel pagi sent by the Puskesmas (everyone working that day recorded), apel sore
		// not.
		assertThat(after.indexOf("state-SUBMITTED")).isPositive().isLessThan(after.indexOf("state-MISSING"));
	}

	private String month(MockHttpSession session) throws Exception {
		return this.mvc.perform(get("/roll-calls/{u}/month/2025-05", this.dinas.code()).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The markup of one day of the month view. */
	private static String day(String page, LocalDate date) {
		int start = page.indexOf("data-testid=\"day-" + date + "\"");
		assertThat(start).as("day " + date).isPositive();
		int next = page.indexOf("data-testid=\"day-", start + 1);
		return page.substring(page.lastIndexOf('<', start), (next > 0) ? page.lastIndexOf('<', next) : page.length());
	}

	/** The markup of one sub-unit of the working sub-units list. */
	private static String item(String page, UnitView subUnit) {
		int start = page.indexOf("data-testid=\"subunit-" + subUnit.code() + "\"");
		assertThat(start).as("sub-unit " + subUnit.code() + " listed").isPositive();
		int end = page.indexOf("</li>", start);
		return page.substring(page.lastIndexOf('<', start), end);
	}

}
