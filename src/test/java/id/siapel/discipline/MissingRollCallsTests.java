package id.siapel.discipline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import id.siapel.attendance.CancelRollCall;
import id.siapel.attendance.RollCallCancellation;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ROLL_CALL_MISSING} after the cut-off, once per OPD, day and session; and the
 * scheduled check runs on one instance only: while another instance holds its lock in the
 * database it does not run, and two simultaneous triggers run it once.
 */
@SiapelIntegrationTest
class MissingRollCallsTests {

	@Autowired
	MissingRollCalls job;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	RollCallCancellation cancellation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
		this.jdbc.sql("delete from shedlock").update();
	}

	@Test
	void anOpdWithoutRecordsAfterTheCutOffIsFlaggedOnceAndAPartlySubmittedOneLower() {
		UnitView silent = this.fixtures.opd("Dinas Tanpa Apel");
		this.fixtures.employee(silent.code(), "Maman Suparman", LocalDate.of(2016, 1, 4));
		UnitView partly = this.fixtures.opd("Dinas Sebagian");
		UnitView division = this.fixtures.unit(partly.code(), "Bidang Rajin", id.siapel.organization.UnitKind.DIVISION);
		this.fixtures.employee(partly.code(), "Nanda Putri", LocalDate.of(2016, 1, 4));
		this.fixtures.employee(division.code(), "Oki Saputra", LocalDate.of(2016, 1, 4));
		this.clock.set(LocalDateTime.of(2025, 4, 8, 8, 0));
		this.fixtures.as("bkpsdm", () -> this.marking.submit(
				new SubmitRollCall(division.code(), LocalDate.of(2025, 4, 8), Session.MORNING, 0L, null, List.of())));

		// 09.00: before the cut-off of apel pagi nothing is flagged.
		this.job.checkAt(ZonedDateTime.of(2025, 4, 8, 9, 0, 0, 0, this.clock.getZone()));
		assertThat(flags(silent)).isEmpty();
		this.job.checkAt(ZonedDateTime.of(2025, 4, 8, 11, 0, 0, 0, this.clock.getZone()));
		this.job.checkAt(ZonedDateTime.of(2025, 4, 8, 11, 10, 0, 0, this.clock.getZone()));
		assertThat(flags(silent)).containsExactly("NORMAL flag.detail.ROLL_CALL_MISSING");
		assertThat(flags(partly)).containsExactly("LOW flag.detail.ROLL_CALL_PARTIAL");
		// A holiday has no roll call to miss.
		this.job.checkAt(ZonedDateTime.of(2025, 3, 31, 18, 0, 0, 0, this.clock.getZone()));
		assertThat(this.jdbc.sql("select count(*) from discipline_flag where day = '2025-03-31'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aSheetSubmittedAfterTheFlagWithdrawsItAtOnceAndAPartOfItLowersIt() {
		UnitView late = this.fixtures.opd("Dinas Terlambat Apel");
		UnitView division = this.fixtures.unit(late.code(), "Bidang Terlambat",
				id.siapel.organization.UnitKind.DIVISION);
		this.fixtures.employee(late.code(), "Rina Wulandari", LocalDate.of(2016, 1, 4));
		this.fixtures.employee(division.code(), "Sapto Nugroho", LocalDate.of(2016, 1, 4));
		this.clock.set(LocalDateTime.of(2025, 4, 8, 18, 30));
		this.job.checkAt(ZonedDateTime.of(2025, 4, 8, 18, 30, 0, 0, this.clock.getZone()));
		assertThat(activeFlags(late)).containsExactlyInAnyOrder("MORNING NORMAL flag.detail.ROLL_CALL_MISSING",
				"EVENING NORMAL flag.detail.ROLL_CALL_MISSING");

		// The division sends its part of apel pagi: the OPD's flag is lowered, not gone.
		submit(division, Session.MORNING);
		assertThat(activeFlags(late)).containsExactlyInAnyOrder("MORNING LOW flag.detail.ROLL_CALL_PARTIAL",
				"EVENING NORMAL flag.detail.ROLL_CALL_MISSING");
		// The OPD sends the whole sheet of apel pagi: withdrawn in the same transaction;
		// apel sore is still missing.
		submit(late, Session.MORNING);
		assertThat(activeFlags(late)).containsExactly("EVENING NORMAL flag.detail.ROLL_CALL_MISSING");
		assertThat(this.jdbc.sql("""
				select count(*) from discipline_flag
				where kind = 'ROLL_CALL_MISSING' and unit_id = :unit and withdrawn_at is not null""")
			.param("unit", late.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		submit(late, Session.EVENING);
		assertThat(activeFlags(late)).isEmpty();
		// The next run of the job does not raise them again.
		this.job.checkAt(ZonedDateTime.of(2025, 4, 8, 18, 40, 0, 0, this.clock.getZone()));
		assertThat(activeFlags(late)).isEmpty();
	}

	@Test
	void aFiveDayDinasIsFlaggedWhenItsSixDayPuskesmasSendsNothingOnSaturdayAndClearedWhenItDoes() {
		// Saturday 17 May 2025, no holiday: the Dinas and its Bidang are off, the
		// Puskesmas works.
		LocalDate saturday = LocalDate.of(2025, 5, 17);
		UnitView dinas = this.fixtures.opd("Dinas Kesehatan Bendera Sabtu");
		UnitView office = this.fixtures.unit(dinas.code(), "Bidang Bendera Sabtu",
				id.siapel.organization.UnitKind.DIVISION);
		UnitView puskesmas = this.fixtures.unit(dinas.code(), "UPTD Puskesmas Bendera Sabtu",
				id.siapel.organization.UnitKind.TECHNICAL_UNIT, id.siapel.organization.WorkPattern.SIX_DAY);
		this.fixtures.employee(dinas.code(), "Tono Bendera", LocalDate.of(2016, 1, 4));
		this.fixtures.employee(office.code(), "Umi Bendera", LocalDate.of(2016, 1, 4));
		this.fixtures.employee(puskesmas.code(), "Vina Bendera", LocalDate.of(2016, 1, 4));
		this.clock.set(LocalDateTime.of(2025, 5, 17, 10, 0));

		// 09.00: before the cut-off of apel pagi nothing is flagged.
		this.job.checkAt(ZonedDateTime.of(2025, 5, 17, 9, 0, 0, 0, this.clock.getZone()));
		assertThat(activeFlags(dinas)).isEmpty();
		this.job.checkAt(ZonedDateTime.of(2025, 5, 17, 10, 0, 0, 0, this.clock.getZone()));
		assertThat(activeFlags(dinas)).containsExactly("MORNING NORMAL flag.detail.ROLL_CALL_MISSING");
		assertThat(this.jdbc.sql("""
				select detail_args from discipline_flag
				where kind = 'ROLL_CALL_MISSING' and unit_id = :unit and day = :day and withdrawn_at is null""")
			.param("unit", dinas.id())
			.param("day", saturday)
			.query(String.class)
			.single()).as("nobody of the one on the Puskesmas's sheet").isEqualTo("MORNING\n0\n1");

		// The Puskesmas sends its own sheet: the Dinas's flag is withdrawn at once.
		this.fixtures.as("bkpsdm", () -> this.marking
			.submit(new SubmitRollCall(puskesmas.code(), saturday, Session.MORNING, 0L, null, List.of())));
		assertThat(activeFlags(dinas)).isEmpty();
		this.job.checkAt(ZonedDateTime.of(2025, 5, 17, 10, 10, 0, 0, this.clock.getZone()));
		assertThat(activeFlags(dinas)).isEmpty();
		// Sunday: nobody of the Dinas works, nothing to miss.
		this.job.checkAt(ZonedDateTime.of(2025, 5, 18, 18, 0, 0, 0, this.clock.getZone()));
		assertThat(this.jdbc.sql("select count(*) from discipline_flag where unit_id = :unit and day = '2025-05-18'")
			.param("unit", dinas.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aCancelledApelIsReportedNotMissingAndItsOpenFlagIsWithdrawnAtOnce() {
		UnitView rained = this.fixtures.opd("Dinas Hujan Deras");
		this.fixtures.employee(rained.code(), "Wawan Hujan", LocalDate.of(2016, 1, 4));
		UnitView partly = this.fixtures.opd("Dinas Sebagian Ditiadakan");
		UnitView puskesmas = this.fixtures.unit(partly.code(), "UPTD Puskesmas Ditiadakan",
				id.siapel.organization.UnitKind.TECHNICAL_UNIT);
		this.fixtures.employee(partly.code(), "Yanti Kantor", LocalDate.of(2016, 1, 4));
		this.fixtures.employee(puskesmas.code(), "Zaki Puskesmas", LocalDate.of(2016, 1, 4));
		this.clock.set(LocalDateTime.of(2025, 4, 8, 10, 0));
		this.job.checkAt(ZonedDateTime.of(2025, 4, 8, 10, 0, 0, 0, this.clock.getZone()));
		assertThat(activeFlags(rained)).containsExactly("MORNING NORMAL flag.detail.ROLL_CALL_MISSING");

		// The apel did not take place: the open flag is withdrawn in the same
		// transaction,
		// and the next runs raise nothing for it.
		cancel(rained, "Hujan deras");
		assertThat(activeFlags(rained)).isEmpty();
		this.job.checkAt(ZonedDateTime.of(2025, 4, 8, 10, 10, 0, 0, this.clock.getZone()));
		this.job.checkAt(ZonedDateTime.of(2025, 4, 8, 18, 30, 0, 0, this.clock.getZone()));
		assertThat(activeFlags(rained)).containsExactly("EVENING NORMAL flag.detail.ROLL_CALL_MISSING");

		// Only the Puskesmas's apel was cancelled: the OPD still owes its own people.
		cancel(puskesmas, "Kerja bakti");
		this.job.checkAt(ZonedDateTime.of(2025, 4, 8, 10, 20, 0, 0, this.clock.getZone()));
		assertThat(this.jdbc.sql("""
				select detail_args from discipline_flag
				where kind = 'ROLL_CALL_MISSING' and unit_id = :unit and day = '2025-04-08' and withdrawn_at is null
				  and split_part(detail_args, chr(10), 1) = 'MORNING'""")
			.param("unit", partly.id())
			.query(String.class)
			.list()).containsExactly("MORNING\n0\n1");
	}

	private void cancel(UnitView unit, String reason) {
		this.fixtures.as("bkpsdm", () -> this.cancellation
			.cancel(new CancelRollCall(unit.code(), LocalDate.of(2025, 4, 8), Session.MORNING, 0L, reason)));
	}

	@Test
	void theScheduledCheckDoesNotRunWhileAnotherInstanceHoldsItsLock() {
		JdbcTemplateLockProvider otherInstance = new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(this.dataSource))
					.usingDbTime()
					.build());
		SimpleLock held = otherInstance
			.lock(new LockConfiguration(java.time.Instant.now(this.clock), "roll-call-missing", Duration.ofMinutes(5),
					Duration.ZERO))
			.orElseThrow();
		int before = this.job.runs();
		this.job.check();
		assertThat(this.job.runs()).isEqualTo(before);
		held.unlock();
		this.job.check();
		assertThat(this.job.runs()).isEqualTo(before + 1);
	}

	@Test
	void twoSimultaneousTriggersRunTheCheckOnce() throws Exception {
		int before = this.job.runs();
		ExecutorService two = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		for (int i = 0; i < 2; i++) {
			two.submit(() -> {
				start.await();
				this.job.check();
				return null;
			});
		}
		start.countDown();
		two.shutdown();
		assertThat(two.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(this.job.runs()).isEqualTo(before + 1);
	}

	private void submit(UnitView unit, Session session) {
		this.fixtures.as("bkpsdm", () -> this.marking
			.submit(new SubmitRollCall(unit.code(), LocalDate.of(2025, 4, 8), session, null, null, List.of())));
	}

	private List<String> activeFlags(UnitView unit) {
		return this.jdbc.sql("""
				select split_part(detail_args, chr(10), 1) || ' ' || severity || ' ' || detail_key from discipline_flag
				where kind = 'ROLL_CALL_MISSING' and unit_id = :unit and withdrawn_at is null""")
			.param("unit", unit.id())
			.query(String.class)
			.list();
	}

	private List<String> flags(UnitView unit) {
		return this.jdbc.sql(
				"select severity || ' ' || detail_key from discipline_flag where kind = 'ROLL_CALL_MISSING' and unit_id = :unit")
			.param("unit", unit.id())
			.query(String.class)
			.list();
	}

}
