package id.siapel.attendance;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.siapel.employee.EmployeeService;
import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Leave registered by a unit head (issue 12): from the head's own form, with one
 * {@code nip} field offering their staff, and through the API; only for days on which the
 * employee is the head's staff (a transfer to another OPD ends that); at most the
 * policy's number of days (92 by default, counted with the first and last day), which
 * does not bind BKPSDM. Monday 5 May 2025, 09.00 WIB.
 */
@SiapelIntegrationTest
class LeaveTests {

	static final String HEAD_PASSWORD = "kepala-cuti-uji-1";

	static final LocalDate MONDAY = LocalDate.of(2025, 5, 5);

	/** The transfers of the test take effect on Monday 2 June 2025. */
	static final LocalDate TRANSFER_DAY = LocalDate.of(2025, 6, 2);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	EmployeeService employeeService;

	@Autowired
	JdbcClient jdbc;

	UnitView opd;

	UnitView division;

	UnitView otherOpd;

	String staff;

	String inDivision;

	String elsewhere;

	String head;

	@BeforeEach
	void anOpdWithADivisionAndAHead() {
		this.clock.set(MONDAY.atTime(9, 0));
		this.opd = this.fixtures.opd("Dinas Cuti Uji");
		this.division = this.fixtures.unit(this.opd.code(), "Bidang Cuti Uji", UnitKind.DIVISION);
		this.otherOpd = this.fixtures.opd("Dinas Cuti Lain");
		LocalDate since = LocalDate.of(2020, 1, 2);
		this.staff = this.fixtures.employee(this.opd.code(), "Rina Kusumawati", since);
		this.inDivision = this.fixtures.employee(this.division.code(), "Yusuf Pratama", since);
		this.elsewhere = this.fixtures.employee(this.otherOpd.code(), "Lestari Handayani", since);
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Cuti Uji", Set.of(Role.UNIT_HEAD),
				this.opd.code()));
	}

	@AfterEach
	void shippedPolicyAndRealTimeAgain() {
		this.jdbc.sql("delete from attendance_policy where created_by <> 'system'").update();
		this.clock.reset();
	}

	@Test
	void theHeadsFormHasOneNipFieldOfferingTheirOwnStaffAndTheLimit() throws Exception {
		String html = this.mvc.perform(get("/leaves/new").session(headSession()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(elementsNamed(html, "nip")).as("elements named nip").containsExactly("input");
		assertThat(html).contains("<label class=\"form-label\" for=\"nip\">Pegawai</label>")
			.contains("id=\"nip\"")
			.contains("list=\"staff-choices\"")
			.contains("value=\"Rina Kusumawati (" + this.staff + ")\"")
			.contains("value=\"Yusuf Pratama (" + this.inDivision + ")\"")
			.doesNotContain(this.elsewhere)
			.contains("Paling lama 92 hari; lebih lama didaftarkan oleh BKPSDM.");

		String hrForm = this.mvc.perform(get("/leaves/new").session(Logins.loginAsDemo(this.mvc, "bkpsdm")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(elementsNamed(hrForm, "nip")).as("elements named nip").containsExactly("input");
		assertThat(hrForm).doesNotContain("staff-choices").doesNotContain("Paling lama 92 hari");
	}

	@Test
	void theHeadRegistersLeaveForTheirStaffFromTheFormAndThroughTheApi() throws Exception {
		MockHttpSession session = headSession();
		// What choosing "Name (NIP)" from the list sends.
		formPost(session, "Rina Kusumawati (" + this.staff + ")", "ANNUAL_LEAVE", MONDAY, MONDAY.plusDays(2))
			.andExpect(redirectedUrl("/leaves"))
			.andExpect(flash().attribute("success", "leave.saved"));
		// A name typed in full that only one of the head's staff has.
		formPost(session, "yusuf pratama", "SICK", MONDAY, MONDAY).andExpect(redirectedUrl("/leaves"));
		sheet(MONDAY).andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.staff)).value("LEAVE"))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].source".formatted(this.staff)).value("LEAVE"))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.inDivision)).value("SICK"));

		apiPost(this.head, HEAD_PASSWORD, this.inDivision, "OFFICIAL_TRAVEL", MONDAY.plusDays(1), MONDAY.plusDays(3))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitCode").value(this.division.code()));
		sheet(MONDAY.plusDays(2))
			.andExpect(
					jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.inDivision)).value("OFFICIAL_TRAVEL"))
			.andExpect(jsonPath("$.records[?(@.nip == '%s')].status".formatted(this.staff)).value("LEAVE"));

		// Another OPD's employee is not the head's to excuse, typed or sent.
		formPost(session, this.elsewhere, "SICK", MONDAY, MONDAY).andExpect(status().isForbidden());
		apiPost(this.head, HEAD_PASSWORD, this.elsewhere, "SICK", MONDAY, MONDAY).andExpect(status().isForbidden());
	}

	@Test
	void theHeadCannotRegisterLeaveReachingPastATransferToAnotherOpd() throws Exception {
		String leaving = this.fixtures.employee(this.opd.code(), "Bambang Sutrisno", LocalDate.of(2019, 3, 1));
		String joining = this.fixtures.employee(this.otherOpd.code(), "Dewi Sartika", LocalDate.of(2019, 3, 1));
		transfer(leaving, this.otherOpd);
		transfer(joining, this.opd);
		LocalDate lastDay = TRANSFER_DAY.minusDays(1);

		apiPost(this.head, HEAD_PASSWORD, leaving, "ANNUAL_LEAVE", MONDAY.plusDays(21), TRANSFER_DAY.plusDays(4))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(
					"Mulai %s Bambang Sutrisno tidak lagi berada di unit kerja Anda".formatted(TRANSFER_DAY))))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("sampai " + lastDay)));
		// Leave wholly after the transfer is the new OPD's, as before.
		apiPost(this.head, HEAD_PASSWORD, leaving, "ANNUAL_LEAVE", TRANSFER_DAY, TRANSFER_DAY.plusDays(2))
			.andExpect(status().isForbidden());
		MockHttpSession session = headSession();
		formPost(session, "Bambang Sutrisno (" + leaving + ")", "ANNUAL_LEAVE", MONDAY.plusDays(21),
				TRANSFER_DAY.plusDays(4))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "endDate", "leave.scope.leaves"))
			.andExpect(content().string(containsString("tidak lagi berada di unit kerja Anda")))
			.andExpect(content().string(containsString("value=\"Bambang Sutrisno (" + leaving + ")\"")));
		formPost(session, "Bambang Sutrisno (" + leaving + ")", "ANNUAL_LEAVE", MONDAY.plusDays(21), lastDay)
			.andExpect(redirectedUrl("/leaves"));

		// Someone who joins the OPD is the head's from the transfer on, not before.
		apiPost(this.head, HEAD_PASSWORD, joining, "ANNUAL_LEAVE", lastDay.minusDays(2), TRANSFER_DAY.plusDays(1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("startDate"));
		apiPost(this.head, HEAD_PASSWORD, joining, "ANNUAL_LEAVE", TRANSFER_DAY, TRANSFER_DAY.plusDays(1))
			.andExpect(status().isCreated());

		// BKPSDM is not bound by the head's scope.
		apiPost("bkpsdm", DEMO_PASSWORD, leaving, "ANNUAL_LEAVE", TRANSFER_DAY, TRANSFER_DAY.plusDays(4))
			.andExpect(status().isCreated());
	}

	@Test
	void theHeadMayRegisterUpToTheMaximumLengthAndBkpsdmMore() throws Exception {
		// 5 May to 4 August 2025: 92 days with the first and the last.
		LocalDate day92 = MONDAY.plusDays(91);
		apiPost(this.head, HEAD_PASSWORD, this.staff, "MATERNITY_LEAVE", MONDAY, day92.plusDays(1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("paling lama 92 hari")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("rentang ini 93 hari")));
		formPost(headSession(), this.staff, "MATERNITY_LEAVE", MONDAY, day92.plusDays(1)).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "endDate", "leave.range.headLimit"));
		apiPost(this.head, HEAD_PASSWORD, this.staff, "MATERNITY_LEAVE", MONDAY, day92).andExpect(status().isCreated());
		apiPost("bkpsdm", DEMO_PASSWORD, this.inDivision, "STUDY", MONDAY, MONDAY.plusYears(2))
			.andExpect(status().isCreated());
		apiPost("admin", DEMO_PASSWORD, this.elsewhere, "UNPAID_LEAVE", MONDAY, MONDAY.plusDays(200))
			.andExpect(status().isCreated());
	}

	@Test
	void theLimitIsAPolicyValueWithAnEffectiveDateChosenByTheLeavesFirstDay() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		LocalDate july = LocalDate.of(2025, 7, 1);
		policy(admin, july, "0").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "headLeaveMaxDays", "attendance.policy.range"));
		policy(admin, july, "30").andExpect(redirectedUrl("/attendance/policy"));
		this.mvc.perform(get("/attendance/policy").session(admin))
			.andExpect(content().string(containsString("Paling lama 30 hari")))
			.andExpect(content().string(containsString("Paling lama 92 hari")));
		String audit = this.jdbc
			.sql("select detail from audit_entry where action = 'ATTENDANCE_POLICY_ADDED'"
					+ " and subject = :from order by id desc limit 1")
			.param("from", july.toString())
			.query(String.class)
			.single();
		assertThat(audit).contains("at most 30 day(s)");

		apiPost(this.head, HEAD_PASSWORD, this.staff, "MATERNITY_LEAVE", july, july.plusDays(30))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("paling lama 30 hari")));
		apiPost(this.head, HEAD_PASSWORD, this.staff, "MATERNITY_LEAVE", july, july.plusDays(29))
			.andExpect(status().isCreated());
		// Leave starting before July is under the version of its first day.
		apiPost(this.head, HEAD_PASSWORD, this.inDivision, "MATERNITY_LEAVE", MONDAY, MONDAY.plusDays(80))
			.andExpect(status().isCreated());
		// The form tells the head the limit of today.
		this.mvc.perform(get("/leaves/new").session(headSession()))
			.andExpect(content().string(containsString("Paling lama 92 hari")))
			.andExpect(content().string(not(containsString("Paling lama 30 hari"))));
	}

	private MockHttpSession headSession() throws Exception {
		return Logins.login(this.mvc, this.head, HEAD_PASSWORD);
	}

	private void transfer(String nip, UnitView to) {
		this.fixtures.as("bkpsdm", () -> {
			this.employeeService.transfer(nip,
					new EmployeeService.TransferCommand(to.code(), TRANSFER_DAY, "800/77/BKPSDM/2025", null));
			return null;
		});
	}

	private ResultActions formPost(MockHttpSession session, String nip, String type, LocalDate start, LocalDate end)
			throws Exception {
		return this.mvc.perform(post("/leaves/new").session(session)
			.with(csrf())
			.param("nip", nip)
			.param("type", type)
			.param("startDate", start.toString())
			.param("endDate", end.toString())
			.param("reference", "800/12/DCU/2025"));
	}

	private ResultActions apiPost(String user, String password, String nip, String type, LocalDate start, LocalDate end)
			throws Exception {
		return this.mvc.perform(post("/api/v1/leaves").with(httpBasic(user, password))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nip\": \"%s\", \"type\": \"%s\", \"startDate\": \"%s\", \"endDate\": \"%s\"}".formatted(nip,
					type, start, end)));
	}

	private ResultActions sheet(LocalDate day) throws Exception {
		return this.mvc
			.perform(get("/api/v1/roll-calls/%s/%s/MORNING".formatted(this.opd.code(), day))
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isOk());
	}

	private ResultActions policy(MockHttpSession session, LocalDate from, String headLeaveMaxDays) throws Exception {
		return this.mvc.perform(post("/attendance/policy/new").session(session)
			.with(csrf())
			.param("effectiveFrom", from.toString())
			.param("editWindowWorkingDays", "1")
			.param("sessionOpensMinutes", "60")
			.param("headLeaveMaxDays", headLeaveMaxDays)
			.param("note", "Perbup Uji 12/2025 tentang Cuti"));
	}

	/** The elements of a page that carry {@code name="…"}, by element name. */
	static List<String> elementsNamed(String html, String name) throws Exception {
		List<String> found = new ArrayList<>();
		new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(new StringReader(html),
				new AbstractMarkupHandler() {

					String element;

					@Override
					public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
						this.element = new String(buffer, offset, len);
					}

					@Override
					public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized,
							int line, int col) {
						this.element = new String(buffer, offset, len);
					}

					@Override
					public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
							int operatorOffset, int operatorLen, int operatorLine, int operatorCol,
							int valueContentOffset, int valueContentLen, int valueOuterOffset, int valueOuterLen,
							int valueLine, int valueCol) {
						if ("name".equals(new String(buffer, nameOffset, nameLen))
								&& name.equals(new String(buffer, valueContentOffset, valueContentLen))) {
							found.add(this.element);
						}
					}

				});
		return found;
	}

}
