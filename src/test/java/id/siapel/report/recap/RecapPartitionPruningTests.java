package id.siapel.report.recap;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.QueryPlans;
import id.siapel.testsupport.QueryPlans.Plan;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recap over a month reads the roll calls of its year only (issue 15, history that
 * grows: {@code attendance_record} partitioned by year), whatever the years kept beside
 * it: the plan PostgreSQL executed for the recap's own statement, with its parameters,
 * scans the 2025 partition and no other, and the numbers are those of the hand-made week.
 */
@SiapelIntegrationTest
class RecapPartitionPruningTests {

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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aMonthsRecapScansTheRecordsOfItsYearOnly() throws Exception {
		for (int year = 2023; year <= 2027; year++) {
			this.jdbc.sql("select attendance_record_partition(:year)").param("year", year).query().listOfRows();
		}
		RecapDataSet data = new RecapDataSet(this.mvc, this.fixtures, this.clock, this.accounts);
		// A month of days, from 12 March to 11 April: loose days read from the records.
		RecapPage[] page = new RecapPage[1];
		List<Plan> plans = QueryPlans
			.of(this.jdbc, this.transactions,
					() -> page[0] = this.fixtures
						.as("bkpsdm",
								() -> this.recaps.page(this.recaps.criteria(RecapNumbersTests.form(data.opdA.code(),
										LocalDate.of(2025, 3, 12), RecapDataSet.TO, null, null),
										RecapLevel.EMPLOYEE))));

		assertThat(recordPartitionsRead(plans)).containsExactly("attendance_record_y2025");
		RecapLine a1 = page[0].rows().stream().filter((r) -> r.code().equals(data.a1)).findFirst().orElseThrow();
		assertThat(a1.count(AttendanceStatus.LATE)).isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from pg_inherits where inhparent = 'attendance_record'::regclass")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(6);
	}

	private static Set<String> recordPartitionsRead(List<Plan> plans) {
		Set<String> read = new TreeSet<>();
		for (Plan plan : plans) {
			plan.relations().stream().filter((r) -> r.startsWith("attendance_record")).forEach(read::add);
		}
		return read;
	}

}
