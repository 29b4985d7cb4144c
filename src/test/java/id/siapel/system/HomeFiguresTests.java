package id.siapel.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.siapel.discipline.FlagFilter;
import id.siapel.discipline.FlagStatus;
import id.siapel.discipline.Flags;
import id.siapel.organization.UnitView;
import id.siapel.report.OverviewView;
import id.siapel.report.Overviews;
import id.siapel.report.board.ComplianceBoard;
import id.siapel.testsupport.CasesThroughApi;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.StatementCounter;
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
 * The Sekda's home page shows the day's figures, each a link to the page behind it:
 * today's roll-call compliance as the board counts it, the flags not yet reviewed, the
 * cases by state, this year's sanctions by level; read with a few aggregate queries
 * whatever the number of cases. A unit head's home has none of them.
 */
@SiapelIntegrationTest
class HomeFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	Overviews overviews;

	@Autowired
	ComplianceBoard board;

	@Autowired
	Flags flags;

	@BeforeEach
	void aFridayMorning() {
		this.clock.set(LocalDateTime.of(2026, 12, 4, 10, 0));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theSekdaSeesTheFiguresOfTheDayEachLinkingToItsPage() throws Exception {
		MockHttpSession sekda = Logins.loginAsDemo(this.mvc, "sekda");
		String before = home(sekda);
		assertThat(before).contains("data-testid=\"home-figures\"");

		// Compliance as the board counts it, linking to the board.
		var compliance = this.fixtures.as("sekda", () -> this.board.reported(LocalDate.of(2026, 12, 4)));
		assertThat(compliance.get(0).due()).as("OPDs due for apel pagi on a Friday").isPositive();
		for (int i = 0; i < 2; i++) {
			OverviewView.Compliance c = compliance.get(i);
			String link = element(before, "figure-compliance-" + ((i == 0) ? "MORNING" : "EVENING"));
			assertThat(link).contains("href=\"/reports/board\"")
				.contains(c.reported() + " dari " + c.due() + " OPD")
				.contains(c.percent() + "%");
		}

		// Open flags as the flag queue counts them, linking to it.
		long open = this.fixtures.as("sekda",
				() -> this.flags.search(new FlagFilter(null, null, null, null, FlagStatus.OPEN, null, false), 0, 1)
					.total());
		assertThat(element(before, "figure-open-flags")).contains("href=\"/flags?status=OPEN\"");
		assertThat(number(before, "figure-open-flags")).isEqualTo(open);

		// A new case is proposed, another one decided (Sedang) this year.
		assertThat(element(before, "figure-cases-PROPOSED")).contains("href=\"/cases?status=PROPOSED\"")
			.contains("Diusulkan");
		assertThat(element(before, "figure-sanctions-MODERATE"))
			.contains("href=\"/reports/sanctions?year=2026&amp;level=MODERATE\"")
			.contains("Sedang");
		UnitView opd = this.fixtures.opd("Dinas Angka Beranda");
		this.clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
		open(this.fixtures.employee(opd.code(), "Rina Marlina, A.Md.", null));
		long decided = open(this.fixtures.employee(opd.code(), "Dodi Setiawan", null));
		this.clock.set(LocalDateTime.of(2026, 12, 4, 10, 0));
		move(decided, "{\"to\": \"SUMMONED\", \"date\": \"2026-11-09\", \"summonsNumber\": \"800/9/B/2026\"}");
		move(decided,
				"{\"to\": \"EXAMINED\", \"date\": \"2026-11-16\", \"examiner\": \"Tim Pemeriksa\", \"team\": true}");
		move(decided,
				"""
						{"to": "DECIDED", "date": "2026-11-30", "decreeNumber": "800.1.6/99/BERANDA/2026",
						 "authority": "Bupati Sukamaju", "sanction": "ALLOWANCE_CUT_6_MONTHS", "effectiveFrom": "2027-01-01"}""");

		String after = home(sekda);
		assertThat(number(after, "figure-cases-PROPOSED")).isEqualTo(number(before, "figure-cases-PROPOSED") + 1);
		assertThat(number(after, "figure-cases-DECIDED")).isEqualTo(number(before, "figure-cases-DECIDED") + 1);
		assertThat(number(after, "figure-sanctions-MODERATE"))
			.isEqualTo(number(before, "figure-sanctions-MODERATE") + 1);
		assertThat(number(after, "figure-sanctions-LIGHT")).isEqualTo(number(before, "figure-sanctions-LIGHT"));
		assertThat(number(after, "figure-sanctions-total")).isEqualTo(number(before, "figure-sanctions-total") + 1);
	}

	@Test
	void theFiguresTakeAFewAggregateQueriesWhateverTheNumberOfCases() throws Exception {
		// Once for the caches (unit tree, work calendar) the whole application shares.
		this.fixtures.as("sekda", this.overviews::today);
		int first = this.fixtures.as("sekda", () -> StatementCounter.count(this.overviews::today).statements());
		UnitView opd = this.fixtures.opd("Dinas Hitung Kueri Beranda");
		this.clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
		for (int i = 0; i < 5; i++) {
			open(this.fixtures.employee(opd.code(), "Pegawai Beranda " + i, null));
		}
		this.clock.set(LocalDateTime.of(2026, 12, 4, 10, 0));
		// The new OPD reloads the unit tree and the calendar once.
		this.fixtures.as("sekda", this.overviews::today);
		int second = this.fixtures.as("sekda", () -> StatementCounter.count(this.overviews::today).statements());
		assertThat(second).as("statements for the figures").isEqualTo(first).isLessThanOrEqualTo(12);
	}

	@Test
	void aUnitHeadsHomeHasNoFigures() throws Exception {
		String page = home(Logins.loginAsDemo(this.mvc, "kepala-dinkes"));
		assertThat(page).contains("data-testid=\"home-unit-head\"").doesNotContain("data-testid=\"home-figures\"");
	}

	private String home(MockHttpSession session) throws Exception {
		return this.mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The element carrying the test id, up to its closing tag. */
	private static String element(String page, String testId) {
		int at = page.indexOf("data-testid=\"" + testId + "\"");
		assertThat(at).as("%s on the page", testId).isGreaterThanOrEqualTo(0);
		int start = page.lastIndexOf('<', at);
		return page.substring(start, page.indexOf("</a>", at));
	}

	/** The figure in bold inside the element. */
	private static long number(String page, String testId) {
		Matcher number = Pattern.compile("<strong[^>]*>(\\d+)</strong>").matcher(element(page, testId));
		assertThat(number.find()).as("a number in %s", testId).isTrue();
		return Long.parseLong(number.group(1));
	}

	private long open(String nip) throws Exception {
		return CasesThroughApi.open(this.mvc, nip, 2026);
	}

	private void move(long id, String json) throws Exception {
		CasesThroughApi.move(this.mvc, id, json);
	}

}
