package id.siapel.report.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.attendance.SubmitRollCall.Mark;
import id.siapel.organization.UnitView;
import id.siapel.report.board.ChartsView.HolidayDay;
import id.siapel.report.board.ChartsView.Week;
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

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The charts over 1 March – 22 April 2025 for a unit head whose OPD of three had one full
 * unexcused day on Tuesday 8 April (the day back after Lebaran) and one on Thursday 10
 * April, and everyone present on the ordinary Tuesday 15 April: the weekly trend, the
 * rate per 100 working days (29 working days × 3 employees), and the day back compared
 * with ordinary days.
 */
@SiapelIntegrationTest
class ChartTests {

	static final String HEAD_PASSWORD = "kepala-grafik-uji";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UnexcusedCharts charts;

	@Autowired
	RollCallMarking marking;

	@Autowired
	UserAccounts accounts;

	UnitView opd;

	UnitView other;

	List<String> staff;

	String head;

	@BeforeEach
	void twoUnexcusedDays() {
		LocalDate since = LocalDate.of(2018, 7, 1);
		this.opd = this.fixtures.opd("Dinas Grafik");
		this.staff = List.of(this.fixtures.employee(this.opd.code(), "Qori Amalia", since),
				this.fixtures.employee(this.opd.code(), "Rudi Hartanto", since),
				this.fixtures.employee(this.opd.code(), "Sinta Dewi", since));
		this.other = this.fixtures.opd("Dinas Grafik Lain");
		this.fixtures.employee(this.other.code(), "Taufik Hidayat", since);
		fullDay(LocalDate.of(2025, 4, 8), List.of(unexcused(0)));
		fullDay(LocalDate.of(2025, 4, 10), List.of(unexcused(1)));
		fullDay(LocalDate.of(2025, 4, 15), List.of());
		this.clock.set(LocalDateTime.of(2025, 4, 22, 18, 0));
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(
				new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Grafik", Set.of(Role.UNIT_HEAD), this.opd.code()));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theNumbersOfTheThreeCharts() {
		ChartsView view = this.fixtures.as(this.head,
				() -> this.charts.charts(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)));
		assertThat(view.to()).isEqualTo(LocalDate.of(2025, 4, 22));
		assertThat(view.weeks()).first().extracting(Week::monday).isEqualTo(LocalDate.of(2025, 2, 24));
		assertThat(view.weeks()).filteredOn((w) -> w.monday().equals(LocalDate.of(2025, 4, 7)))
			.singleElement()
			.extracting(Week::fullDays)
			.isEqualTo(2);
		assertThat(view.weeks().stream().mapToInt(Week::fullDays).sum()).isEqualTo(2);

		assertThat(view.ranking()).singleElement().satisfies((rate) -> {
			assertThat(rate.unit().id()).isEqualTo(this.opd.id());
			assertThat(rate.fullDays()).isEqualTo(2);
			// March: 21 weekdays less cuti bersama 28 March and Idul Fitri 31 March;
			// 1–22 April: 16 weekdays less 1–4 and 7 April and Good Friday.
			assertThat(rate.personDays()).isEqualTo(3 * (19 + 10));
			assertThat(rate.rate()).isCloseTo(200.0 / 87, within(0.001));
		});

		HolidayDay lebaran = view.holidays()
			.stream()
			.filter((h) -> h.day().equals(LocalDate.of(2025, 4, 8)))
			.findFirst()
			.orElseThrow();
		assertThat(lebaran.counts().recorded()).isEqualTo(3);
		assertThat(lebaran.counts().unexcusedRate()).isCloseTo(100.0 / 3, within(0.001));
		assertThat(lebaran.ordinary().recorded()).isEqualTo(3);
		assertThat(lebaran.ordinary().unexcusedRate()).isZero();
		assertThat(view.holidays()).extracting(HolidayDay::day).contains(LocalDate.of(2025, 4, 21));
	}

	@Test
	void thePageHasEveryTableAndChartJs() throws Exception {
		MockHttpSession session = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		this.mvc.perform(get("/reports/charts").param("from", "2025-03-01").param("to", "2025-04-22").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chart-weekly-table")))
			.andExpect(content().string(containsString("chart-rank-" + this.opd.code())))
			.andExpect(content().string(containsString("chart-rank-" + this.other.code())))
			.andExpect(content().string(containsString("chart-holiday-2025-04-08")))
			.andExpect(content().string(containsString("chart.umd.min.js")));
		this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js").session(session)).andExpect(status().isOk());
	}

	@Test
	void aUnitHeadSeesOnlyTheirOwnOpd() throws Exception {
		MockHttpSession session = Logins.login(this.mvc, this.head, HEAD_PASSWORD);
		this.mvc.perform(get("/reports/charts").param("from", "2025-03-01").param("to", "2025-04-22").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chart-rank-" + this.opd.code())))
			.andExpect(content().string(not(containsString("chart-rank-" + this.other.code()))));
	}

	@Test
	void badRangesGetAMessage() throws Exception {
		MockHttpSession session = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		this.mvc.perform(get("/reports/charts").param("from", "2025-04-22").param("to", "2025-03-01").session(session))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tanggal awal harus sebelum tanggal akhir")));
		this.mvc.perform(get("/reports/charts").param("from", "2015-01-01").param("to", "2025-03-01").session(session))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/reports/charts").param("from", "1-1-2025").session(session))
			.andExpect(status().isBadRequest());
	}

	private Mark unexcused(int index) {
		return new Mark(this.staff.get(index), AttendanceStatus.UNEXCUSED, null, null, null);
	}

	private void fullDay(LocalDate day, List<Mark> marks) {
		this.clock.set(day.atTime(9, 0));
		submit(day, Session.MORNING, marks);
		this.clock.set(day.atTime(16, 30));
		submit(day, Session.EVENING, marks);
	}

	private void submit(LocalDate day, Session session, List<Mark> marks) {
		this.fixtures.as("bkpsdm",
				() -> this.marking.submit(new SubmitRollCall(this.opd.code(), day, session, null, null, marks)));
	}

}
