package id.siapel.report.recap;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What BKPSDM reads on the recap pages (issue 13): the attendance rate of every row, the
 * unit's name rather than its code, and one monthly recap PDF per month of the range.
 * Numbers from the hand-made week of {@link RecapDataSet}.
 */
@SiapelIntegrationTest
class RecapPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Recaps recaps;

	RecapDataSet data;

	MockHttpSession hr;

	@BeforeEach
	void aHandMadeWeek() throws Exception {
		this.data = new RecapDataSet(this.mvc, this.fixtures, this.clock, this.accounts);
		this.hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theRateIsAttendedOfDueWithExcusedAbsenceLeftOut() {
		Map<String, RecapLine> rows = rows(RecapLevel.EMPLOYEE, null);
		// a1: H 4, T 3, PC 1 → 8 of 8; a2: H 3, I 2, TK 3 → 3 of 6; a3: H 4, S 2, C 2 → 4
		// of 4.
		assertThat(rows.get(this.data.a1).attendanceRate()).hasToString("100.0");
		assertThat(rows.get(this.data.a2).attendanceRate()).hasToString("50.0");
		assertThat(rows.get(this.data.a3).attendanceRate()).hasToString("100.0");
		// OPD A: 15 attended of 18 due.
		assertThat(rows(RecapLevel.OPD, null).get(this.data.opdA.code()).attendanceRate()).hasToString("83.3");
		assertThat(rows(RecapLevel.EMPLOYEE, "ATTENDANCE_RATE").keySet().iterator().next()).isEqualTo(this.data.a2);
	}

	@Test
	void theOpdRecapShowsTheRateInIndonesianAndTheOpdNameWithItsCode() throws Exception {
		String row = row(page("/reports/recap", "2025-04-05", "2025-04-11", null), "opd-" + this.data.opdA.code());
		assertThat(row).contains(">83,3\u00a0%<")
			.contains(">Dinas Rekap Uji A</a>")
			.contains(">" + this.data.opdA.code() + "</span>");
		assertThat(page("/reports/recap", "2025-04-05", "2025-04-11", null)).contains("Kehadiran (%)",
				"hanya TK yang menurunkannya");
		String english = row(page("/reports/recap", "2025-04-05", "2025-04-11", "en"), "opd-" + this.data.opdA.code());
		assertThat(english).contains(">83.3\u00a0%<");
	}

	@Test
	void theEmployeeRecapShowsTheRateAndTheUnitNameNotOnlyItsCode() throws Exception {
		String html = page("/reports/recap/employees", "2025-04-05", "2025-04-11", null);
		assertThat(row(html, "employee-" + this.data.a2)).contains(">50,0\u00a0%<");
		assertThat(row(html, "employee-" + this.data.a3)).contains("data-testid=\"unit-name\">Bidang Rekap Uji</span>");
	}

	@Test
	void aRangeOfSeveralMonthsOffersOnePdfPerMonth() throws Exception {
		String opd = this.data.opdA.code();
		String year = row(page("/reports/recap", "2025-01-01", "2025-12-31", null), "opd-" + opd);
		for (int month = 1; month <= 12; month++) {
			assertThat(year).contains("monthly.pdf?unit=" + opd + "&amp;month=2025-%02d\"".formatted(month));
		}
		assertThat(year).contains("PDF per bulan (12)");
		String employees = page("/reports/recap/employees", "2025-03-15", "2025-05-10", null);
		assertThat(count(employees, "monthly.pdf?unit=" + opd + "&amp;month=")).isEqualTo(3);
		assertThat(employees).contains("month=2025-03\"", "month=2025-04\"", "month=2025-05\"");
		String oneMonth = page("/reports/recap/employees", "2025-04-05", "2025-04-11", null);
		assertThat(count(oneMonth, "monthly.pdf?unit=" + opd + "&amp;month=")).isEqualTo(1);
		assertThat(oneMonth).contains("Rekap bulanan PDF April 2025");
	}

	private Map<String, RecapLine> rows(RecapLevel level, String sort) {
		RecapPage page = this.fixtures.as("bkpsdm",
				() -> this.recaps.page(this.recaps.criteria(RecapNumbersTests.form(this.data.opdA.code(),
						RecapDataSet.FROM, RecapDataSet.TO, sort, (sort != null) ? "asc" : null), level)));
		return page.rows()
			.stream()
			.collect(Collectors.toMap(RecapLine::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	private String page(String path, String from, String to, String lang) throws Exception {
		var request = get(path).session(this.hr)
			.param("unit", this.data.opdA.code())
			.param("from", from)
			.param("to", to);
		if (lang != null) {
			request.param("lang", lang);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The markup of the table row with this test id. */
	private static String row(String html, String testId) {
		Matcher matcher = Pattern
			.compile("<tr data-testid=\"" + Pattern.quote(testId) + "\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("row " + testId).isTrue();
		return matcher.group(1);
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

}
