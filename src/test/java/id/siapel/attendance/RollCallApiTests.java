package id.siapel.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roll call through the API (api.md, Roll call and Leave) on PostgreSQL with the
 * shipped national calendar: the rules of product.md §2 on real 2025 dates around Lebaran
 * (Idul Fitri 1446 H: 31 March – 1 April, cuti bersama 2–4 and 7 April; Tuesday 8 April
 * the first working day).
 */
@SiapelIntegrationTest
class RollCallApiTests {

	static final String HEAD_PASSWORD = "kepala-apel-uji";

	static final LocalDate TUESDAY = LocalDate.of(2025, 4, 8);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	RollCalls rollCalls;

	UnitView opd;

	UnitView division;

	UnitView otherOpd;

	String first;

	String second;

	String inDivision;

	String elsewhere;

	String head;

	@BeforeEach
	void anOpdWithADivisionAndAHead() {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 9, 0));
		this.opd = this.fixtures.opd("Dinas Apel Uji");
		this.division = this.fixtures.unit(this.opd.code(), "Bidang Apel Uji", UnitKind.DIVISION);
		this.otherOpd = this.fixtures.opd("Dinas Lain Apel Uji");
		LocalDate since = LocalDate.of(2020, 1, 2);
		this.first = this.fixtures.employee(this.opd.code(), "Agus Santoso", since);
		this.second = this.fixtures.employee(this.opd.code(), "Budi Hartono", since);
		this.inDivision = this.fixtures.employee(this.division.code(), "Citra Lestari", since);
		this.elsewhere = this.fixtures.employee(this.otherOpd.code(), "Dewi Anggraini", since);
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Apel Uji", Set.of(Role.UNIT_HEAD),
				this.opd.code()));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aSheetComesPrefilledWithEveryoneOfTheUnitAndItsSubUnitsPresent() throws Exception {
		getSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD).andExpect(status().isOk())
			.andExpect(jsonPath("$.working").value(true))
			.andExpect(jsonPath("$.submitted").value(false))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.records[*].nip").value(containsInAnyOrder(this.first, this.second, this.inDivision)))
			.andExpect(jsonPath("$.records[*].status").value(containsInAnyOrder("PRESENT", "PRESENT", "PRESENT")))
			.andExpect(jsonPath("$.records[*].source").value(containsInAnyOrder("DEFAULT", "DEFAULT", "DEFAULT")));
	}

	@Test
	void submittingMarksTheExceptionsAndKeepsEveryoneElsePresent() throws Exception {
		putSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD,
				"""
						{"version": 0, "records": [
						  {"nip": "%s", "status": "LATE", "minutes": 20},
						  {"nip": "%s", "status": "UNEXCUSED", "note": "tidak ada kabar"}]}""".formatted(this.first,
						this.second))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submitted").value(true))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.counts.present").value(2))
			.andExpect(jsonPath("$.counts.unexcused").value(1));
		getSheet(this.opd, TUESDAY, "MORNING", this.head, HEAD_PASSWORD).andExpect(status().isOk())
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.first)).value("LATE"))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].minutes".formatted(this.first)).value(20))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].source".formatted(this.first)).value("MARKED"))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.second)).value("UNEXCUSED"))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].note".formatted(this.second)).value("tidak ada kabar"))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.inDivision)).value("PRESENT"))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].source".formatted(this.inDivision)).value("DEFAULT"));
	}

	@Test
	void noSheetOnAHolidayOrCutiBersamaAndTheAnswerSaysWhichDayItIs() throws Exception {
		getSheet(this.opd, LocalDate.of(2025, 3, 31), "MORNING", "bkpsdm", DEMO_PASSWORD).andExpect(status().isOk())
			.andExpect(jsonPath("$.working").value(false))
			.andExpect(jsonPath("$.records", hasSize(0)))
			.andExpect(jsonPath("$.dayNames", hasItem(containsString("Idul Fitri 1446 H"))));
		putSheet(this.opd, LocalDate.of(2025, 3, 31), "MORNING", "bkpsdm", DEMO_PASSWORD, "{\"records\": []}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Idul Fitri 1446 H")));
		putSheet(this.opd, LocalDate.of(2025, 4, 7), "EVENING", "bkpsdm", DEMO_PASSWORD, "{\"records\": []}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("Cuti Bersama Idul Fitri 1446 H")));
		putSheet(this.opd, LocalDate.of(2025, 4, 5), "MORNING", "bkpsdm", DEMO_PASSWORD, "{\"records\": []}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
	}

	@Test
	void aFutureDayAndASessionThatHasNotStartedCannotBeMarked() throws Exception {
		putSheet(this.opd, TUESDAY.plusDays(1), "MORNING", "bkpsdm", DEMO_PASSWORD, "{\"records\": []}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		// 09.00: apel sore (16.00) opens an hour before it, not now.
		putSheet(this.opd, TUESDAY, "EVENING", "bkpsdm", DEMO_PASSWORD, "{\"records\": []}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("session"));
		this.clock.set(LocalDateTime.of(2025, 4, 8, 15, 30));
		putSheet(this.opd, TUESDAY, "EVENING", "bkpsdm", DEMO_PASSWORD, "{\"records\": []}").andExpect(status().isOk());
	}

	@Test
	void aStaleVersionIsAConflictNotAnOverwrite() throws Exception {
		String unexcused = "{\"version\": 0, \"records\": [{\"nip\": \"%s\", \"status\": \"UNEXCUSED\"}]}";
		putSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD, unexcused.formatted(this.first))
			.andExpect(status().isOk());
		putSheet(this.opd, TUESDAY, "MORNING", this.head, HEAD_PASSWORD,
				"{\"version\": 0, \"records\": [{\"nip\": \"%s\", \"status\": \"SICK\"}]}".formatted(this.first))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		getSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD)
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.first)).value("UNEXCUSED"));
	}

	@Test
	void savingASubUnitSheetInvalidatesWhatAnyoneHoldsOfTheOpdSheetAndTheOtherWayRound() throws Exception {
		putSheet(this.division, TUESDAY, "MORNING", this.head, HEAD_PASSWORD,
				"{\"version\": 0, \"records\": [{\"nip\": \"%s\", \"status\": \"SICK\"}]}".formatted(this.inDivision))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		// The OPD sheet shows the sub-unit's mark, then saving it moves the sub-unit
		// sheet on.
		getSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD)
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.inDivision)).value("SICK"));
		putSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD,
				"{\"version\": 0, \"records\": [{\"nip\": \"%s\", \"status\": \"PRESENT\"}]}".formatted(this.first))
			.andExpect(status().isOk());
		putSheet(this.division, TUESDAY, "MORNING", this.head, HEAD_PASSWORD,
				"{\"version\": 1, \"records\": [{\"nip\": \"%s\", \"status\": \"PRESENT\"}]}"
					.formatted(this.inDivision))
			.andExpect(status().isConflict());
		getSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD)
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.inDivision)).value("SICK"));
	}

	@Test
	void aUnitHeadReadsAndMarksOnlyTheirOwnUnitsAndTheSekdaOnlyReads() throws Exception {
		getSheet(this.otherOpd, TUESDAY, "MORNING", this.head, HEAD_PASSWORD).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		putSheet(this.otherOpd, TUESDAY, "MORNING", this.head, HEAD_PASSWORD, "{\"records\": []}")
			.andExpect(status().isForbidden());
		putSheet(this.division, TUESDAY, "MORNING", this.head, HEAD_PASSWORD, "{\"records\": []}")
			.andExpect(status().isOk());
		getSheet(this.otherOpd, TUESDAY, "MORNING", "sekda", DEMO_PASSWORD).andExpect(status().isOk())
			.andExpect(jsonPath("$.editable").value(false));
		putSheet(this.otherOpd, TUESDAY, "MORNING", "sekda", DEMO_PASSWORD, "{\"records\": []}")
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/roll-calls/%s/%s/MORNING".formatted(this.opd.code(), TUESDAY)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theUnitHeadsEditWindowEndsWithTheNextWorkingDayThenOnlyHrCorrectsWithAReason() throws Exception {
		putSheet(this.opd, TUESDAY, "MORNING", this.head, HEAD_PASSWORD, "{\"version\": 0, \"records\": []}")
			.andExpect(status().isOk());
		this.clock.set(LocalDateTime.of(2025, 4, 9, 23, 59));
		putSheet(this.opd, TUESDAY, "MORNING", this.head, HEAD_PASSWORD,
				"{\"version\": 1, \"records\": [{\"nip\": \"%s\", \"status\": \"UNEXCUSED\"}]}".formatted(this.first))
			.andExpect(status().isOk());
		this.clock.set(LocalDateTime.of(2025, 4, 10, 0, 0));
		String correction = "{\"version\": 2, %s \"records\": [{\"nip\": \"%s\", \"status\": \"SICK\"}]}";
		putSheet(this.opd, TUESDAY, "MORNING", this.head, HEAD_PASSWORD, correction.formatted("", this.first))
			.andExpect(status().isForbidden());
		putSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD, correction.formatted("", this.first))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		putSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD,
				correction.formatted("\"reason\": \"Surat keterangan dokter 9 April\",", this.first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.first)).value("SICK"));
		var history = this.fixtures.as("bkpsdm",
				() -> this.rollCalls.history(this.opd.code(), TUESDAY, Session.MORNING));
		assertThat(history).first().satisfies((latest) -> {
			assertThat(latest.changedBy()).isEqualTo("bkpsdm");
			assertThat(latest.oldStatus()).isEqualTo(AttendanceStatus.UNEXCUSED);
			assertThat(latest.newStatus()).isEqualTo(AttendanceStatus.SICK);
			assertThat(latest.reason()).isEqualTo("Surat keterangan dokter 9 April");
		});
		assertThat(history).hasSize(2);
	}

	@Test
	void theEditWindowRunsToTheNextWorkingDayEvenAcrossTheLebaranBlock() throws Exception {
		// Thursday 27 March 2025: the next working day is Tuesday 8 April.
		this.clock.set(LocalDateTime.of(2025, 4, 8, 10, 0));
		putSheet(this.opd, LocalDate.of(2025, 3, 27), "MORNING", this.head, HEAD_PASSWORD, "{\"records\": []}")
			.andExpect(status().isOk());
		this.clock.set(LocalDateTime.of(2025, 4, 9, 0, 0));
		putSheet(this.opd, LocalDate.of(2025, 3, 27), "EVENING", this.head, HEAD_PASSWORD, "{\"records\": []}")
			.andExpect(status().isForbidden());
	}

	@Test
	void everyBadLineIsNamedAndNothingIsSaved() throws Exception {
		putSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD,
				"""
						{"records": [
						  {"nip": "%s", "status": "LATE"},
						  {"nip": "%s", "status": "EARLY_LEAVE", "minutes": 10},
						  {"nip": "%s", "status": "SICK", "minutes": 10},
						  {"nip": "%s", "status": "PRESENT"},
						  {"nip": "%s", "status": "LATE", "minutes": 481}]}""".formatted(this.first, this.second,
						this.inDivision, this.elsewhere, this.first))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("records[0].minutes", "records[1].status",
					"records[2].minutes", "records[3].nip", "records[4].nip")));
		getSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD).andExpect(jsonPath("$.submitted").value(false));
		putSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD,
				"{\"records\": [{\"nip\": \"%s\", \"status\": \"ABSENT\"}]}".formatted(this.first))
			.andExpect(status().isBadRequest());
		putSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD, "{\"records\": [")
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/api/v1/roll-calls/%s/2025-02-30/MORNING".formatted(this.opd.code()))
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isBadRequest());
		getSheet(this.opd, TUESDAY, "NOON", "bkpsdm", DEMO_PASSWORD).andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/api/v1/roll-calls/NO-SUCH-UNIT/%s/MORNING".formatted(TUESDAY))
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void registeredLeavePrefillsEverySheetInItsRange() throws Exception {
		this.mvc
			.perform(post("/api/v1/leaves").with(httpBasic(this.head, HEAD_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"nip": "%s", "type": "OFFICIAL_TRAVEL", "startDate": "2025-04-08", "endDate": "2025-04-10",
						 "reference": "094/15/DAU/2025"}""".formatted(this.second)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("OFFICIAL_TRAVEL"));
		for (LocalDate day : new LocalDate[] { TUESDAY, TUESDAY.plusDays(2) }) {
			getSheet(this.opd, day, "EVENING", "bkpsdm", DEMO_PASSWORD)
				.andExpect(
						jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.second)).value("OFFICIAL_TRAVEL"))
				.andExpect(jsonPath("$.records[?(@.nip == '%s')].source".formatted(this.second)).value("LEAVE"));
		}
		getSheet(this.opd, TUESDAY.plusDays(3), "MORNING", "bkpsdm", DEMO_PASSWORD)
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.second)).value("PRESENT"));
		putSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD, "{\"version\": 0, \"records\": []}")
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.second)).value("OFFICIAL_TRAVEL"))
			.andExpect(jsonPath("$.counts.validReason").value(1));
	}

	@Test
	void leaveRegisteredAfterTheSheetReplacesPrefilledValuesButNeverWhatSomeoneMarked() throws Exception {
		putSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD,
				"{\"version\": 0, \"records\": [{\"nip\": \"%s\", \"status\": \"UNEXCUSED\"}]}".formatted(this.first))
			.andExpect(status().isOk());
		registerLeave(this.first, "SICK", TUESDAY, TUESDAY).andExpect(status().isCreated())
			.andExpect(jsonPath("$.recordsUpdated").value(0));
		registerLeave(this.second, "SICK", TUESDAY, TUESDAY).andExpect(status().isCreated())
			.andExpect(jsonPath("$.recordsUpdated").value(1));
		getSheet(this.opd, TUESDAY, "MORNING", "bkpsdm", DEMO_PASSWORD)
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.first)).value("UNEXCUSED"))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.second)).value("SICK"))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].source".formatted(this.second)).value("LEAVE"));
	}

	@Test
	void leaveIsCheckedBeforeItIsRegistered() throws Exception {
		registerLeave(this.first, "ANNUAL_LEAVE", TUESDAY, TUESDAY.plusDays(2)).andExpect(status().isCreated());
		registerLeave(this.first, "SICK", TUESDAY.plusDays(1), TUESDAY.plusDays(1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("startDate"));
		registerLeave(this.second, "SICK", TUESDAY.plusDays(1), TUESDAY).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"));
		registerLeave("199001012015011999", "SICK", TUESDAY, TUESDAY).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nip"));
		registerLeave(this.second, "HOLIDAY", TUESDAY, TUESDAY).andExpect(status().isBadRequest());
		// A unit head: only own staff, and not back into sheets already closed to them.
		this.mvc
			.perform(post("/api/v1/leaves").with(httpBasic(this.head, HEAD_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nip\": \"%s\", \"type\": \"SICK\", \"startDate\": \"%s\", \"endDate\": \"%s\"}"
					.formatted(this.elsewhere, TUESDAY, TUESDAY)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/leaves").with(httpBasic(this.head, HEAD_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nip\": \"%s\", \"type\": \"SICK\", \"startDate\": \"2025-03-26\", \"endDate\": \"%s\"}"
					.formatted(this.second, TUESDAY)))
			.andExpect(status().isForbidden());
	}

	private ResultActions registerLeave(String nip, String type, LocalDate start, LocalDate end) throws Exception {
		return this.mvc.perform(post("/api/v1/leaves").with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nip\": \"%s\", \"type\": \"%s\", \"startDate\": \"%s\", \"endDate\": \"%s\"}".formatted(nip,
					type, start, end)));
	}

	private ResultActions getSheet(UnitView unit, LocalDate date, String session, String user, String password)
			throws Exception {
		return this.mvc.perform(get("/api/v1/roll-calls/%s/%s/%s".formatted(unit.code(), date, session))
			.with(httpBasic(user, password)));
	}

	private ResultActions putSheet(UnitView unit, LocalDate date, String session, String user, String password,
			String body) throws Exception {
		return this.mvc.perform(
				put("/api/v1/roll-calls/%s/%s/%s".formatted(unit.code(), date, session)).with(httpBasic(user, password))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body));
	}

}
