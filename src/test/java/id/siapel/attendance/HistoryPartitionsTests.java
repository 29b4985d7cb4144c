package id.siapel.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.QueryPlans;
import id.siapel.testsupport.QueryPlans.Plan;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code attendance_record} partitioned by year (issue 15, history that grows): opening a
 * sheet reads the partition of its year only, with the other years' partitions there
 * (pruning visible in the plan PostgreSQL executed for the application's statement); a
 * roll call in a year without a partition is kept in the DEFAULT partition and read back,
 * and moves into its own year's partition once the nightly task ran, read back the same.
 */
@SiapelIntegrationTest
class HistoryPartitionsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCalls rollCalls;

	@Autowired
	RollCallMarking marking;

	@Autowired
	HistoryPartitions partitions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void openingASheetReadsTheRecordsOfItsYearOnly() {
		LocalDate day = LocalDate.of(2025, 4, 9);
		for (int year = 2023; year <= 2027; year++) {
			this.jdbc.sql("select attendance_record_partition(:year)").param("year", year).query().listOfRows();
		}
		UnitView opd = this.fixtures.opd("Dinas Partisi");
		List<String> nips = this.fixtures.employees(opd.code(), 6, LocalDate.of(2019, 1, 2));
		this.clock.set(day.atTime(9, 0));
		submit(opd, day, nips.get(0));

		List<Plan> plans = QueryPlans.of(this.jdbc, this.transactions,
				() -> this.fixtures.as("bkpsdm", () -> this.rollCalls.sheet(opd.code(), day, Session.MORNING)));

		Set<String> read = recordPartitionsRead(plans);
		assertThat(read).containsExactly("attendance_record_y2025");
		assertThat(partitionsOf("attendance_record")).contains("attendance_record_y2024", "attendance_record_y2026");
	}

	@Test
	void aRollCallInAYearWithoutPartitionIsKeptInDefaultThenMovedToItsOwnYear() {
		int year = LocalDate.now().getYear() + 5;
		String own = "attendance_record_y" + year;
		LocalDate day = LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
		assertThat(partitionsOf("attendance_record")).doesNotContain(own).contains("attendance_record_default");
		UnitView opd = this.fixtures.opd("Dinas Tahun Depan");
		List<String> nips = this.fixtures.employees(opd.code(), 3, LocalDate.of(2019, 1, 2));
		this.clock.set(day.atTime(LocalTime.of(9, 0)));

		submit(opd, day, nips.get(1));

		assertThat(partitionHolding(opd, day)).isEqualTo("attendance_record_default");
		assertThat(statusOf(opd, day, nips.get(1))).isEqualTo(AttendanceStatus.UNEXCUSED);
		assertThat(statusOf(opd, day, nips.get(0))).isEqualTo(AttendanceStatus.PRESENT);

		List<Integer> created = this.partitions.ensure();

		assertThat(created).contains(year, year + 1);
		assertThat(partitionsOf("attendance_record")).contains(own, "attendance_record_y" + (year + 1));
		assertThat(partitionHolding(opd, day)).isEqualTo(own);
		assertThat(this.jdbc.sql("select count(*) from attendance_record_default where day >= :first")
			.param("first", LocalDate.of(year, 1, 1))
			.query(Long.class)
			.single()).isZero();
		assertThat(statusOf(opd, day, nips.get(1))).isEqualTo(AttendanceStatus.UNEXCUSED);
		assertThat(statusOf(opd, day, nips.get(0))).isEqualTo(AttendanceStatus.PRESENT);
		// Nothing left to do the next night.
		assertThat(this.partitions.ensure()).isEmpty();
	}

	private void submit(UnitView opd, LocalDate day, String unexcused) {
		this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(opd.code(), day, Session.MORNING, 0L,
				null, List.of(new SubmitRollCall.Mark(unexcused, AttendanceStatus.UNEXCUSED, null, null, null)))));
	}

	private AttendanceStatus statusOf(UnitView opd, LocalDate day, String nip) {
		RollCallSheet sheet = this.fixtures.as("bkpsdm", () -> this.rollCalls.sheet(opd.code(), day, Session.MORNING));
		return sheet.entries().stream().filter((e) -> e.nip().equals(nip)).findFirst().orElseThrow().status();
	}

	private String partitionHolding(UnitView opd, LocalDate day) {
		return this.jdbc.sql("""
				select distinct r.tableoid::regclass::text from attendance_record r join unit u on u.id = r.unit_id
				where u.code = :unit and r.day = :day""")
			.param("unit", opd.code())
			.param("day", day)
			.query(String.class)
			.single();
	}

	private Set<String> partitionsOf(String table) {
		return new TreeSet<>(this.jdbc.sql("""
				select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
				where i.inhparent = cast(:table as regclass)""").param("table", table).query(String.class).list());
	}

	static Set<String> recordPartitionsRead(List<Plan> plans) {
		Set<String> read = new TreeSet<>();
		for (Plan plan : plans) {
			plan.relations().stream().filter((r) -> r.startsWith("attendance_record")).forEach(read::add);
		}
		return read;
	}

}
