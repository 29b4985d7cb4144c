package id.siapel.discipline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.employee.EmployeeInput;
import id.siapel.employee.EmployeeService;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.PersonName;
import id.siapel.employee.PositionKind;
import id.siapel.employee.Sex;
import id.siapel.organization.UnitView;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The standing page and the standings list show each employee's employment type and the
 * ladder it chooses (issue 13): "penundaan KGB" for a PNS and a PPPK consequence side by
 * side must not look inconsistent. A PNS and a PPPK of one OPD, each unexcused on Tuesday
 * 8 April 2025.
 */
@SiapelIntegrationTest
class StandingPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	EmployeeService employees;

	UnitView opd;

	String pns;

	String pppk;

	MockHttpSession hr;

	@BeforeEach
	void aPnsAndAPppkEachUnexcusedOneDay() throws Exception {
		LocalDate day = LocalDate.of(2025, 4, 8);
		this.clock.set(day.atTime(7, 0));
		this.opd = this.fixtures.opd("Dinas Jenis Pegawai Uji");
		this.pns = this.fixtures.employee(this.opd.code(), "Hendra Pns", LocalDate.of(2020, 1, 2));
		String number = String.format(Locale.ROOT, "%04d%02d%02d2021211%03d",
				1975 + ThreadLocalRandom.current().nextInt(20), 1 + ThreadLocalRandom.current().nextInt(12),
				1 + ThreadLocalRandom.current().nextInt(28), ThreadLocalRandom.current().nextInt(1, 1000));
		this.pppk = this.fixtures.as("bkpsdm",
				() -> this.employees.create(new EmployeeInput(number, PersonName.parse("Indah Pppk"), Sex.F,
						EmploymentType.PPPK, null, "Penata Layanan Operasional", PositionKind.EXECUTOR, null,
						LocalDate.of(2021, 3, 1), this.opd.code(), LocalDate.of(2021, 3, 1))));
		this.clock.set(LocalDateTime.of(2025, 4, 8, 17, 0));
		for (Session session : Session.values()) {
			this.fixtures.as("bkpsdm",
					() -> this.marking.submit(new SubmitRollCall(this.opd.code(), day, session, null, null, List.of(
							new SubmitRollCall.Mark(this.pns, AttendanceStatus.UNEXCUSED, null, null, null),
							new SubmitRollCall.Mark(this.pppk, AttendanceStatus.UNEXCUSED, null, null, null)))));
		}
		this.hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theStandingPageNamesTheEmploymentTypeAndTheLadderItUses() throws Exception {
		String pppkPage = page("/discipline/employees/" + this.pppk + "?year=2025");
		assertThat(badge(pppkPage)).isEqualTo("PPPK");
		assertThat(pppkPage).contains("data-testid=\"ladder-for\">Tingkat hukuman untuk PPPK");
		String pnsPage = page("/discipline/employees/" + this.pns + "?year=2025");
		assertThat(badge(pnsPage)).isEqualTo("PNS");
		assertThat(pnsPage).contains("data-testid=\"ladder-for\">Tingkat hukuman disiplin untuk PNS dan CPNS");
	}

	@Test
	void theStandingsListHasATypeColumn() throws Exception {
		String list = page("/discipline?year=2025&unit=" + this.opd.code());
		assertThat(list).contains("<th scope=\"col\">Jenis</th>");
		assertThat(badge(row(list, "standing-" + this.pppk))).isEqualTo("PPPK");
		assertThat(badge(row(list, "standing-" + this.pns))).isEqualTo("PNS");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).session(this.hr))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The text of the employment-type badge (its hidden label left out). */
	private static String badge(String html) {
		Matcher matcher = Pattern
			.compile("data-testid=\"employment-type\">(?:<span class=\"visually-hidden\">[^<]*</span>)?"
					+ "(?:<span>)?([^<]+)<", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("employment type badge").isTrue();
		return matcher.group(1).strip();
	}

	private static String row(String html, String testId) {
		Matcher matcher = Pattern
			.compile("<tr data-testid=\"" + Pattern.quote(testId) + "\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("row " + testId).isTrue();
		return matcher.group(1);
	}

}
