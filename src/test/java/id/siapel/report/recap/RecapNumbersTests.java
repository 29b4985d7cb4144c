package id.siapel.report.recap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.siapel.attendance.AttendanceStatus;
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

import static id.siapel.attendance.AttendanceStatus.EARLY_LEAVE;
import static id.siapel.attendance.AttendanceStatus.LATE;
import static id.siapel.attendance.AttendanceStatus.LEAVE;
import static id.siapel.attendance.AttendanceStatus.OFFICIAL_TRAVEL;
import static id.siapel.attendance.AttendanceStatus.PERMISSION;
import static id.siapel.attendance.AttendanceStatus.PRESENT;
import static id.siapel.attendance.AttendanceStatus.SICK;
import static id.siapel.attendance.AttendanceStatus.UNEXCUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recap numbers against the hand-made week of {@link RecapDataSet}: every count of
 * every row, by employee and by OPD, over loose days (read from the records) and over a
 * whole month (read from the kept-current monthly counts), and the form errors of bad
 * input.
 */
@SiapelIntegrationTest
class RecapNumbersTests {

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

	@BeforeEach
	void aHandMadeWeek() throws Exception {
		this.data = new RecapDataSet(this.mvc, this.fixtures, this.clock, this.accounts);
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void everyCountOfEveryEmployeeOverAWeekWithAWeekendAndCutiBersama() {
		Map<String, RecapLine> rows = employees(this.data.opdA.code(), RecapDataSet.FROM, RecapDataSet.TO);
		assertThat(rows).containsOnlyKeys(this.data.a1, this.data.a2, this.data.a3);
		// 5–6 April weekend, 7 April cuti bersama: 8–11 April are the working days.
		assertLine(rows.get(this.data.a1), 4, Map.of(PRESENT, 4, LATE, 3, EARLY_LEAVE, 1), 0, 510, 1, 1);
		assertLine(rows.get(this.data.a2), 4, Map.of(PRESENT, 3, PERMISSION, 2, UNEXCUSED, 3), 1, 225, 0, 1);
		assertLine(rows.get(this.data.a3), 4, Map.of(PRESENT, 4, SICK, 2, LEAVE, 2), 0, 0, 0, 0);
		assertThat(rows.get(this.data.a3).unitCode()).isEqualTo(this.data.division.code());
		Map<String, RecapLine> other = employees(this.data.opdB.code(), RecapDataSet.FROM, RecapDataSet.TO);
		assertLine(other.get(this.data.b1), 4, Map.of(PRESENT, 4, OFFICIAL_TRAVEL, 2, UNEXCUSED, 2), 1, 0, 0, 1);
	}

	@Test
	void opdRowsAddUpTheirEmployeesAndConvertMinutesPerEmployee() {
		RecapLine a = opd(this.data.opdA.code(), RecapDataSet.FROM, RecapDataSet.TO);
		assertThat(a.employees()).isEqualTo(3);
		// a1's 510 minutes make one day; a2's 225 none: converted per employee, not from
		// the OPD's 735.
		assertLine(a, 4, Map.of(PRESENT, 11, LATE, 3, EARLY_LEAVE, 1, PERMISSION, 2, SICK, 2, LEAVE, 2, UNEXCUSED, 3),
				1, 735, 1, 2);
		RecapLine b = opd(this.data.opdB.code(), RecapDataSet.FROM, RecapDataSet.TO);
		assertThat(b.employees()).isEqualTo(1);
		assertLine(b, 4, Map.of(PRESENT, 4, OFFICIAL_TRAVEL, 2, UNEXCUSED, 2), 1, 0, 0, 1);
	}

	@Test
	void aWholeMonthReadFromTheMonthlyCountsGivesTheSameCounts() {
		LocalDate first = LocalDate.of(2025, 4, 1);
		LocalDate last = LocalDate.of(2025, 4, 30);
		Map<String, RecapLine> rows = employees(this.data.opdA.code(), first, last);
		// April 2025: 22 weekdays less 1 April (Idul Fitri), 2–4 and 7 April (cuti
		// bersama), 18 April (Wafat Yesus Kristus).
		assertLine(rows.get(this.data.a1), 16, Map.of(PRESENT, 4, LATE, 3, EARLY_LEAVE, 1), 0, 510, 1, 1);
		assertLine(rows.get(this.data.a2), 16, Map.of(PRESENT, 3, PERMISSION, 2, UNEXCUSED, 3), 1, 225, 0, 1);
		// Half a month on either side: records for the loose days, counts for none.
		Map<String, RecapLine> straddling = employees(this.data.opdA.code(), LocalDate.of(2025, 3, 20),
				LocalDate.of(2025, 4, 9));
		assertLine(straddling.get(this.data.a1), 8, Map.of(PRESENT, 1, LATE, 2, EARLY_LEAVE, 1), 0, 480, 1, 1);
	}

	@Test
	void sortingByAnyColumnAndThePagesShowIt() throws Exception {
		RecapPage page = this.fixtures.as("bkpsdm",
				() -> this.recaps.page(this.recaps.criteria(
						form(this.data.opdA.code(), RecapDataSet.FROM, RecapDataSet.TO, "MINUTES", "desc"),
						RecapLevel.EMPLOYEE)));
		assertThat(page.rows()).extracting(RecapLine::code).containsExactly(this.data.a1, this.data.a2, this.data.a3);
		page = this.fixtures.as("bkpsdm",
				() -> this.recaps.page(this.recaps.criteria(
						form(this.data.opdA.code(), RecapDataSet.FROM, RecapDataSet.TO, "SICK", "desc"),
						RecapLevel.EMPLOYEE)));
		assertThat(page.rows().get(0).code()).isEqualTo(this.data.a3);
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc
			.perform(get("/reports/recap/employees").session(hr)
				.param("unit", this.data.opdA.code())
				.param("from", "2025-04-05")
				.param("to", "2025-04-11")
				.param("sort", "TOTAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Agus Rekap")))
			.andExpect(content().string(containsString("data-testid=\"employee-" + this.data.a2 + "\"")))
			.andExpect(content().string(not(containsString("Dedi Rekap"))));
		// The regency has more OPDs than a page (other test classes add theirs): each of
		// ours on the page its filter gives.
		for (String opd : new String[] { this.data.opdA.code(), this.data.opdB.code() }) {
			this.mvc
				.perform(get("/reports/recap").session(hr)
					.param("unit", opd)
					.param("from", "2025-04-05")
					.param("to", "2025-04-11"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-testid=\"opd-" + opd + "\"")));
		}
		this.mvc
			.perform(get("/reports/recap/employees/" + this.data.a2).session(hr)
				.param("from", "2025-04-05")
				.param("to", "2025-04-11"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"day-2025-04-08\"")))
			.andExpect(content().string(containsString("1 hari TK")))
			.andExpect(content().string(containsString("225 menit")));
	}

	/**
	 * A page sorted by a column that is not a roll-call count chooses its employees
	 * before counting their roll calls (issue 15): for every sort and direction, the page
	 * holds the rows, in the order and with the numbers, of the whole recap as an export
	 * streams it (every employee counted, then sorted).
	 */
	@Test
	void aPageSortedByAnyColumnHoldsTheRowsOfTheWholeSortedRecap() {
		for (RecapColumn column : RecapColumn.of(RecapLevel.EMPLOYEE)) {
			for (String dir : new String[] { "asc", "desc" }) {
				RecapForm form = form(this.data.opdA.code(), LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 30),
						column.name(), dir);
				List<String> paged = this.fixtures.as("bkpsdm",
						() -> this.recaps.page(this.recaps.criteria(form, RecapLevel.EMPLOYEE))
							.rows()
							.stream()
							.map(RecapNumbersTests::text)
							.toList());
				List<String> streamed = new ArrayList<>();
				this.fixtures.as("bkpsdm", () -> this.recaps.stream(this.recaps.criteria(form, RecapLevel.EMPLOYEE),
						(line) -> streamed.add(text(line))));
				assertThat(paged).as(column + " " + dir).isEqualTo(streamed).hasSize(3);
			}
		}
	}

	/**
	 * A whole calendar year over every unit reads the employees' discipline from their
	 * kept-current years ({@code discipline_year}); the same year of one OPD from its
	 * months. Both give the same rows.
	 */
	@Test
	void aWholeYearOverEveryUnitGivesWhatItsMonthsGive() {
		LocalDate first = LocalDate.of(2025, 1, 1);
		LocalDate last = LocalDate.of(2025, 12, 31);
		Map<String, String> regency = new HashMap<>();
		this.fixtures.as("bkpsdm",
				() -> this.recaps.stream(this.recaps.criteria(form(null, first, last, null, null), RecapLevel.EMPLOYEE),
						(line) -> regency.put(line.code(), text(line))));
		Map<String, String> perOpd = new HashMap<>();
		for (String opd : new String[] { this.data.opdA.code(), this.data.opdB.code() }) {
			this.fixtures.as("bkpsdm",
					() -> this.recaps.stream(
							this.recaps.criteria(form(opd, first, last, null, null), RecapLevel.EMPLOYEE),
							(line) -> perOpd.put(line.code(), text(line))));
		}
		assertThat(perOpd).containsOnlyKeys(this.data.a1, this.data.a2, this.data.a3, this.data.b1);
		assertThat(regency).containsAllEntriesOf(perOpd);
		Map<String, RecapLine> rows = employees(this.data.opdA.code(), first, last);
		assertThat(rows.get(this.data.a1).minutes()).isEqualTo(510);
		assertThat(rows.get(this.data.a2).fullDays()).isEqualTo(1);
	}

	/** Every number and name of a row, for comparing rows. */
	private static String text(RecapLine line) {
		return line.code() + " " + line.name() + " " + line.unitCode() + " " + line.employmentType() + " "
				+ line.workingDays() + " " + Arrays.toString(line.counts()) + " " + line.fullDays() + " "
				+ line.minutes() + " " + line.converted() + " " + line.total() + " " + line.attendanceRate();
	}

	@Test
	void badInputIsAFormErrorOnThePageNeverA500() throws Exception {
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(get("/reports/recap").session(hr).param("from", "2025-04-11").param("to", "2025-04-05"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal akhir tidak boleh sebelum tanggal awal.")));
		this.mvc.perform(get("/reports/recap").session(hr).param("from", "2024-01-01").param("to", "2025-04-05"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rentang paling panjang 366 hari.")));
		this.mvc.perform(get("/reports/recap/employees").session(hr).param("unit", "TIDAK-ADA"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unit kerja TIDAK-ADA tidak dikenal.")));
		this.mvc.perform(get("/reports/recap/employees").session(hr).param("sort", "name; drop table employee"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Urutan tidak dikenal.")));
		this.mvc.perform(get("/reports/recap").session(hr).param("sort", "NIP"))
			.andExpect(content().string(containsString("Urutan tidak dikenal.")));
		this.mvc.perform(get("/reports/recap").session(hr).param("from", "kemarin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal tidak valid.")));
		this.mvc.perform(get("/reports/recap").session(hr).param("page", "-1"))
			.andExpect(content().string(containsString("Nomor halaman tidak boleh negatif.")));
		this.mvc.perform(
				get("/reports/recap/employees.xlsx").session(hr).param("from", "2025-04-11").param("to", "2025-04-05"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/reports/recap.csv").session(hr).param("type", "PEJABAT"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(get("/reports/recap/monthly.pdf").session(hr).param("unit", "TIDAK-ADA").param("month", "2025-04"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/recap/monthly.pdf").session(hr).param("unit", "PEMDA").param("month", "April"))
			.andExpect(status().is4xxClientError());
	}

	private Map<String, RecapLine> employees(String unit, LocalDate from, LocalDate to) {
		RecapPage page = this.fixtures.as("bkpsdm",
				() -> this.recaps.page(this.recaps.criteria(form(unit, from, to, null, null), RecapLevel.EMPLOYEE)));
		return page.rows().stream().collect(Collectors.toMap(RecapLine::code, Function.identity()));
	}

	private RecapLine opd(String unit, LocalDate from, LocalDate to) {
		RecapPage page = this.fixtures.as("bkpsdm",
				() -> this.recaps.page(this.recaps.criteria(form(unit, from, to, null, null), RecapLevel.OPD)));
		assertThat(page.rows()).hasSize(1);
		return page.rows().get(0);
	}

	static RecapForm form(String unit, LocalDate from, LocalDate to, String sort, String dir) {
		RecapForm form = new RecapForm();
		form.setUnit(unit);
		form.setFrom(from);
		form.setTo(to);
		form.setSort(sort);
		form.setDir(dir);
		return form;
	}

	private static void assertLine(RecapLine line, int workingDays, Map<AttendanceStatus, Integer> counts, int full,
			int minutes, int converted, int total) {
		assertThat(line).as("row").isNotNull();
		assertThat(line.workingDays()).as(line.name() + " working days").isEqualTo(workingDays);
		for (AttendanceStatus status : AttendanceStatus.values()) {
			assertThat(line.count(status)).as(line.name() + " " + status).isEqualTo(counts.getOrDefault(status, 0));
		}
		assertThat(line.fullDays()).as(line.name() + " full days").isEqualTo(full);
		assertThat(line.minutes()).as(line.name() + " minutes").isEqualTo(minutes);
		assertThat(line.converted()).as(line.name() + " converted").isEqualTo(converted);
		assertThat(line.total()).as(line.name() + " total").isEqualTo(total);
	}

}
