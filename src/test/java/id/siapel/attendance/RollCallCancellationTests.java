package id.siapel.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

import id.siapel.organization.UnitKind;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * "Apel ditiadakan" (issue 12) through the API, the plain forms of the sheet page and the
 * month view, on Tuesday 8 April 2025 at 16.30 (both sessions open): an OPD with a
 * division, its head, and another OPD. A cancelled apel has nobody on it and counts
 * nobody; its marks are removed with their history kept; the rules of a save decide who
 * may cancel and until when; a stale page is a conflict; withdrawing the cancellation
 * reopens the sheet unsubmitted.
 */
@SiapelIntegrationTest
class RollCallCancellationTests {

	static final String HEAD_PASSWORD = "kepala-tiada-uji";

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

	@Autowired
	RollCallHistory history;

	@Autowired
	JdbcClient jdbc;

	UnitView opd;

	UnitView division;

	UnitView otherOpd;

	String first;

	String second;

	String inDivision;

	String head;

	@BeforeEach
	void anOpdWithADivisionAndAHead() {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 16, 30));
		this.opd = this.fixtures.opd("Dinas Apel Ditiadakan");
		this.division = this.fixtures.unit(this.opd.code(), "Bidang Apel Ditiadakan", UnitKind.DIVISION);
		this.otherOpd = this.fixtures.opd("Dinas Lain Ditiadakan");
		LocalDate since = LocalDate.of(2020, 1, 2);
		this.first = this.fixtures.employee(this.opd.code(), "Agus Hujan", since);
		this.second = this.fixtures.employee(this.opd.code(), "Budi Hujan", since);
		this.inDivision = this.fixtures.employee(this.division.code(), "Citra Hujan", since);
		this.fixtures.employee(this.otherOpd.code(), "Dewi Hujan", since);
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Apel Ditiadakan",
				Set.of(Role.UNIT_HEAD), this.opd.code()));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aCancelledApelRemovesItsMarksKeepsTheirHistoryAndCountsNobodyAbsent() throws Exception {
		putSheet(this.opd, "MORNING", this.head, HEAD_PASSWORD, unexcused(0, this.first)).andExpect(status().isOk());
		putSheet(this.opd, "EVENING", this.head, HEAD_PASSWORD, unexcused(0, this.first)).andExpect(status().isOk());
		// TK at both apel: a full day.
		standing(this.first).andExpect(jsonPath("$.unexcusedDays").value(1))
			.andExpect(jsonPath("$.lateMinutes").value(0));
		assertThat(recapUnexcused(this.first)).isEqualTo(2);

		cancel(this.opd, "EVENING", this.head, HEAD_PASSWORD, "{\"version\": 1, \"reason\": \" Hujan deras \"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CANCELLED"))
			.andExpect(jsonPath("$.editable").value(false))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.records", hasSize(0)))
			.andExpect(jsonPath("$.counts.total").value(0))
			.andExpect(jsonPath("$.cancellation.unitCode").value(this.opd.code()))
			.andExpect(jsonPath("$.cancellation.reason").value("Hujan deras"))
			.andExpect(jsonPath("$.cancellation.cancelledBy").value(this.head));
		getSheet(this.opd, "EVENING", "bkpsdm", DEMO_PASSWORD).andExpect(jsonPath("$.state").value("CANCELLED"))
			.andExpect(jsonPath("$.cancellation.reason").value("Hujan deras"))
			.andExpect(jsonPath("$.records", hasSize(0)));
		assertThat(this.jdbc.sql("""
				select count(*) from attendance_record r join employee e on e.id = r.employee_id
				where e.nip in (:a, :b, :c) and r.day = :day and r.session = 'EVENING'""")
			.param("a", this.first)
			.param("b", this.second)
			.param("c", this.inDivision)
			.param("day", TUESDAY)
			.query(Long.class)
			.single()).isZero();

		// The morning's TK alone counts: a single session, 225 minutes, not a full day.
		standing(this.first).andExpect(jsonPath("$.unexcusedDays").value(0))
			.andExpect(jsonPath("$.lateMinutes").value(225));
		assertThat(this.jdbc
			.sql("""
					select unexcused_days || '/' || late_minutes from discipline_year y join employee e on e.id = y.employee_id
					where e.nip = :nip and y.year = 2025""")
			.param("nip", this.first)
			.query(String.class)
			.single()).isEqualTo("0/225");
		assertThat(recapUnexcused(this.first)).isEqualTo(1);

		var changes = this.fixtures.as("bkpsdm",
				() -> this.rollCalls.history(this.opd.code(), TUESDAY, Session.EVENING));
		assertThat(changes).filteredOn((c) -> c.nip().equals(this.first) && c.newStatus() == null)
			.singleElement()
			.satisfies((removal) -> {
				assertThat(removal.oldStatus()).isEqualTo(AttendanceStatus.UNEXCUSED);
				assertThat(removal.reason()).isEqualTo("Hujan deras");
				assertThat(removal.changedBy()).isEqualTo(this.head);
			});
		assertThat(changes).filteredOn((c) -> c.newStatus() == null).hasSize(3);
		assertThat(
				this.jdbc.sql("select count(*) from audit_entry where action = 'ROLL_CALL_CANCELLED' and subject = :s")
					.param("s", this.opd.code() + " 2025-04-08 EVENING")
					.query(Long.class)
					.single())
			.isEqualTo(1);

		// Marks on a cancelled apel are refused until it is restored.
		putSheet(this.opd, "EVENING", this.head, HEAD_PASSWORD, unexcused(2, this.first))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("ditiadakan")));
	}

	@Test
	void aReasonIsRequiredAndNothingIsCancelledWithoutOne() throws Exception {
		cancel(this.opd, "MORNING", this.head, HEAD_PASSWORD, "{\"version\": 0}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.detail").value("Tuliskan alasan apel ditiadakan."));
		cancel(this.opd, "MORNING", this.head, HEAD_PASSWORD, "{\"reason\": \"   \"}")
			.andExpect(status().isUnprocessableContent());
		cancel(this.opd, "MORNING", this.head, HEAD_PASSWORD, "{\"reason\": \"%s\"}".formatted("x".repeat(501)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		cancel(this.opd, "MORNING", this.head, HEAD_PASSWORD, "{\"reason\": ").andExpect(status().isBadRequest());
		getSheet(this.opd, "MORNING", this.head, HEAD_PASSWORD).andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.cancellation").value(nullValue()))
			.andExpect(jsonPath("$.records", hasSize(3)));
	}

	@Test
	void aUnitHeadCannotCancelAnotherOpdAndTheSekdaCannotCancelAtAll() throws Exception {
		cancel(this.otherOpd, "MORNING", this.head, HEAD_PASSWORD, "{\"reason\": \"Hujan deras\"}")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		cancel(this.opd, "MORNING", "sekda", DEMO_PASSWORD, "{\"reason\": \"Hujan deras\"}")
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/roll-calls/{u}/{d}/MORNING/cancellation", this.opd.code(), TUESDAY)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Hujan deras\"}"))
			.andExpect(status().isUnauthorized());
		getSheet(this.otherOpd, "MORNING", "bkpsdm", DEMO_PASSWORD).andExpect(jsonPath("$.state").value("OPEN"));
		getSheet(this.opd, "MORNING", "bkpsdm", DEMO_PASSWORD).andExpect(jsonPath("$.state").value("OPEN"));
	}

	@Test
	void afterTheEditWindowOnlyHrCancelsAndItsReasonIsTheCorrectionsReason() throws Exception {
		putSheet(this.opd, "MORNING", this.head, HEAD_PASSWORD, unexcused(0, this.first)).andExpect(status().isOk());
		// Thursday: the head's window (to the end of the next working day) has closed.
		this.clock.set(LocalDateTime.of(2025, 4, 10, 8, 0));
		cancel(this.opd, "MORNING", this.head, HEAD_PASSWORD, "{\"reason\": \"Hujan deras\"}")
			.andExpect(status().isForbidden());
		cancel(this.opd, "MORNING", "bkpsdm", DEMO_PASSWORD,
				"{\"version\": 1, \"reason\": \"Upacara HUT Kabupaten di alun-alun\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cancellation.reason").value("Upacara HUT Kabupaten di alun-alun"))
			.andExpect(jsonPath("$.cancellation.cancelledBy").value("bkpsdm"));
		var changes = this.fixtures.as("bkpsdm",
				() -> this.rollCalls.history(this.opd.code(), TUESDAY, Session.MORNING));
		assertThat(changes.get(0).newStatus()).isNull();
		assertThat(changes.get(0).reason()).isEqualTo("Upacara HUT Kabupaten di alun-alun");
		standing(this.first).andExpect(jsonPath("$.lateMinutes").value(0));

		// Withdrawing it after the window is a correction too: HR, with a reason.
		restore(this.opd, "MORNING", this.head, HEAD_PASSWORD, "{\"version\": 2}").andExpect(status().isForbidden());
		restore(this.opd, "MORNING", "bkpsdm", DEMO_PASSWORD, "{\"version\": 2}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		restore(this.opd, "MORNING", "bkpsdm", DEMO_PASSWORD,
				"{\"version\": 2, \"reason\": \"Upacara batal, apel tetap diadakan\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("OPEN"));
	}

	@Test
	void aStaleVersionIsAConflictNotAnOverwrite() throws Exception {
		putSheet(this.opd, "MORNING", this.head, HEAD_PASSWORD, unexcused(0, this.first)).andExpect(status().isOk());
		cancel(this.opd, "MORNING", "bkpsdm", DEMO_PASSWORD, "{\"version\": 0, \"reason\": \"Hujan deras\"}")
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		getSheet(this.opd, "MORNING", "bkpsdm", DEMO_PASSWORD).andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.first)).value("UNEXCUSED"));
		cancel(this.opd, "MORNING", this.head, HEAD_PASSWORD, "{\"version\": 1, \"reason\": \"Hujan deras\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		restore(this.opd, "MORNING", this.head, HEAD_PASSWORD, "{\"version\": 1}").andExpect(status().isConflict());
		restore(this.opd, "MORNING", this.head, HEAD_PASSWORD, "{\"version\": 2}").andExpect(status().isOk());
	}

	@Test
	void withdrawingTheCancellationReopensTheSheetNotSubmitted() throws Exception {
		cancel(this.opd, "MORNING", this.head, HEAD_PASSWORD, "{\"version\": 0, \"reason\": \"Hujan deras\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submitted").value(true))
			.andExpect(jsonPath("$.version").value(1));
		restore(this.opd, "MORNING", this.head, HEAD_PASSWORD, "{\"version\": 1}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.submitted").value(false))
			.andExpect(jsonPath("$.cancellation").value(nullValue()))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.records[*].status").value(containsInAnyOrder("PRESENT", "PRESENT", "PRESENT")));
		restore(this.opd, "MORNING", this.head, HEAD_PASSWORD, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Apel ini tidak ditiadakan."));
		assertThat(monthState(Session.MORNING)).isEqualTo(MonthOverview.SessionState.MISSING);

		putSheet(this.opd, "MORNING", this.head, HEAD_PASSWORD, unexcused(2, this.first)).andExpect(status().isOk())
			.andExpect(jsonPath("$.submitted").value(true))
			.andExpect(jsonPath("$.submittedBy").value(this.head))
			.andExpect(jsonPath("$.version").value(3));
		assertThat(monthState(Session.MORNING)).isEqualTo(MonthOverview.SessionState.SUBMITTED);
	}

	@Test
	void anOpdsCancellationCoversItsSubUnitsAndASubUnitsLeavesItsPeopleOffTheOpdSheet() throws Exception {
		cancel(this.division, "MORNING", this.head, HEAD_PASSWORD, "{\"reason\": \"Kerja bakti di puskesmas\"}")
			.andExpect(status().isOk());
		getSheet(this.opd, "MORNING", this.head, HEAD_PASSWORD).andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.records[*].nip").value(containsInAnyOrder(this.first, this.second)))
			.andExpect(jsonPath("$.cancelledSubUnits[0].unitCode").value(this.division.code()))
			.andExpect(jsonPath("$.cancelledSubUnits[0].reason").value("Kerja bakti di puskesmas"));
		putSheet(this.opd, "MORNING", this.head, HEAD_PASSWORD, unexcused(null, this.first)).andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.total").value(2));
		assertThat(recorded(this.inDivision, Session.MORNING)).isZero();
		assertThat(recorded(this.second, Session.MORNING)).isOne();

		cancel(this.opd, "EVENING", "bkpsdm", DEMO_PASSWORD, "{\"reason\": \"Upacara HUT Kabupaten\"}")
			.andExpect(status().isOk());
		getSheet(this.division, "EVENING", this.head, HEAD_PASSWORD).andExpect(jsonPath("$.state").value("CANCELLED"))
			.andExpect(jsonPath("$.cancellation.unitCode").value(this.opd.code()))
			.andExpect(jsonPath("$.records", hasSize(0)));
		putSheet(this.division, "EVENING", this.head, HEAD_PASSWORD, unexcused(null, this.inDivision))
			.andExpect(status().isUnprocessableContent());
		cancel(this.division, "EVENING", this.head, HEAD_PASSWORD, "{\"reason\": \"Hujan\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("sudah ditiadakan")));
		restore(this.division, "EVENING", this.head, HEAD_PASSWORD, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString(this.opd.name())));
	}

	@Test
	void theMonthShowsTheCancelledSessionWithItsReason() throws Exception {
		putSheet(this.opd, "MORNING", this.head, HEAD_PASSWORD, unexcused(0, this.first)).andExpect(status().isOk());
		cancel(this.opd, "EVENING", this.head, HEAD_PASSWORD, "{\"reason\": \"Hujan deras\"}")
			.andExpect(status().isOk());
		var day = this.fixtures.as("bkpsdm", () -> this.history.month(this.opd.code(), YearMonth.of(2025, 4)))
			.days()
			.stream()
			.filter((d) -> d.date().equals(TUESDAY))
			.findFirst()
			.orElseThrow();
		assertThat(day.morning()).isEqualTo(MonthOverview.SessionState.SUBMITTED);
		assertThat(day.evening()).isEqualTo(MonthOverview.SessionState.CANCELLED);
		assertThat(day.eveningCancelled()).isEqualTo("Hujan deras");
		MockHttpSession session = Logins.login(this.mvc, this.head, HEAD_PASSWORD);
		this.mvc.perform(get("/roll-calls/{u}/month/2025-04", this.opd.code()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sore: ditiadakan (Hujan deras)")))
			.andExpect(content().string(containsString("state-CANCELLED")));
	}

	@Test
	void thePlainFormsCancelAndRestoreWithoutJavaScript() throws Exception {
		MockHttpSession session = Logins.login(this.mvc, this.head, HEAD_PASSWORD);
		String sheet = "/roll-calls/" + this.opd.code() + "/2025-04-08/MORNING";
		this.mvc.perform(get(sheet).session(session))
			.andExpect(content().string(containsString("data-testid=\"cancel-form\"")))
			.andExpect(content().string(not(containsString("data-testid=\"apel-cancelled\""))));

		MvcResult refused = this.mvc
			.perform(post(sheet + "/cancel").session(session).with(csrf()).param("version", "0").param("reason", " "))
			.andExpect(redirectedUrl(sheet))
			.andExpect(flash().attribute("cancelProblem", "rollCall.cancel.reason.required"))
			.andReturn();
		this.mvc.perform(get(sheet).session(session).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("Tuliskan alasan apel ditiadakan.")));

		this.mvc
			.perform(post(sheet + "/cancel").session(session)
				.with(csrf())
				.param("version", "0")
				.param("reason", "Hujan deras"))
			.andExpect(redirectedUrl(sheet))
			.andExpect(flash().attribute("success", "rollCall.cancel.done.MORNING"));
		this.mvc.perform(get(sheet).session(session))
			.andExpect(status().isOk())
			.andExpect(view().name("attendance/sheet"))
			.andExpect(content().string(containsString("Apel ditiadakan: Hujan deras")))
			.andExpect(content().string(containsString("Dicatat oleh " + this.head)))
			.andExpect(content().string(containsString("data-testid=\"restore-apel\"")))
			.andExpect(content().string(not(containsString("data-testid=\"cancel-form\""))))
			.andExpect(content().string(not(containsString("data-testid=\"sheet-submit\""))));
		// A page that still shows the sheet before the cancellation is stale.
		this.mvc
			.perform(post(sheet + "/cancel").session(session)
				.with(csrf())
				.param("version", "0")
				.param("reason", "Hujan deras"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"));
		this.mvc.perform(post(sheet + "/restore").session(session).param("version", "1"))
			.andExpect(status().isForbidden());

		this.mvc.perform(post(sheet + "/restore").session(session).with(csrf()).param("version", "1"))
			.andExpect(redirectedUrl(sheet))
			.andExpect(flash().attribute("success", "rollCall.restore.done.MORNING"));
		this.mvc.perform(get(sheet).session(session))
			.andExpect(content().string(containsString("data-testid=\"cancel-form\"")))
			.andExpect(content().string(containsString("data-testid=\"sheet-submit\"")))
			.andExpect(content().string(not(containsString("data-testid=\"apel-cancelled\""))));
	}

	private MonthOverview.SessionState monthState(Session session) {
		var day = this.fixtures.as("bkpsdm", () -> this.history.month(this.opd.code(), YearMonth.of(2025, 4)))
			.days()
			.stream()
			.filter((d) -> d.date().equals(TUESDAY))
			.findFirst()
			.orElseThrow();
		return (session == Session.MORNING) ? day.morning() : day.evening();
	}

	private long recorded(String nip, Session session) {
		return this.jdbc.sql("""
				select count(*) from attendance_record r join employee e on e.id = r.employee_id
				where e.nip = :nip and r.day = :day and r.session = :session""")
			.param("nip", nip)
			.param("day", TUESDAY)
			.param("session", session.name())
			.query(Long.class)
			.single();
	}

	private int recapUnexcused(String nip) {
		return this.jdbc.sql("""
				select coalesce(sum(m.unexcused), 0) from recap_month m join employee e on e.id = m.employee_id
				where e.nip = :nip and m.month = '2025-04-01'""").param("nip", nip).query(Integer.class).single();
	}

	private static String unexcused(Integer version, String nip) {
		return "{%s \"records\": [{\"nip\": \"%s\", \"status\": \"UNEXCUSED\"}]}"
			.formatted((version != null) ? "\"version\": " + version + "," : "", nip);
	}

	private ResultActions standing(String nip) throws Exception {
		return this.mvc.perform(
				get("/api/v1/discipline/{nip}", nip).param("year", "2025").with(httpBasic("bkpsdm", DEMO_PASSWORD)));
	}

	private ResultActions getSheet(UnitView unit, String session, String user, String password) throws Exception {
		return this.mvc.perform(get("/api/v1/roll-calls/%s/%s/%s".formatted(unit.code(), TUESDAY, session))
			.with(httpBasic(user, password)));
	}

	private ResultActions putSheet(UnitView unit, String session, String user, String password, String body)
			throws Exception {
		return this.mvc.perform(put("/api/v1/roll-calls/%s/%s/%s".formatted(unit.code(), TUESDAY, session))
			.with(httpBasic(user, password))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions cancel(UnitView unit, String session, String user, String password, String body)
			throws Exception {
		return this.mvc
			.perform(post("/api/v1/roll-calls/%s/%s/%s/cancellation".formatted(unit.code(), TUESDAY, session))
				.with(httpBasic(user, password))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

	private ResultActions restore(UnitView unit, String session, String user, String password, String body)
			throws Exception {
		var request = delete("/api/v1/roll-calls/%s/%s/%s/cancellation".formatted(unit.code(), TUESDAY, session))
			.with(httpBasic(user, password));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

}
