package id.siapel.discipline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.calendar.MonitoringKind;
import id.siapel.calendar.MonitoringPeriodView;
import id.siapel.calendar.MonitoringPeriods;
import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Monitoring periods look back (issue 13): a period entered after the absences inside it
 * were recorded (the circular arrived late) flags them; widening it flags more, narrowing
 * or deleting it withdraws the flags it no longer covers.
 */
@SiapelIntegrationTest
class MonitoringPeriodFlagsTests {

	static final LocalDate MON = LocalDate.of(2025, 10, 13);

	static final LocalDate TUE = MON.plusDays(1);

	static final LocalDate WED = MON.plusDays(2);

	static final LocalDate THU = MON.plusDays(3);

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	MonitoringPeriods periods;

	@Autowired
	JdbcClient jdbc;

	MonitoringPeriodView period;

	@AfterEach
	void cleanUp() {
		if (this.period != null) {
			long id = this.period.id();
			this.fixtures.as("bkpsdm", () -> {
				if (this.periods.all().stream().anyMatch((p) -> p.id() == id)) {
					this.periods.delete(id, null);
				}
				return null;
			});
		}
		this.clock.reset();
	}

	@Test
	void aPeriodCreatedAfterTheFactFlagsTheAbsencesAlreadyRecordedAndWideningNarrowingAndDeletingFollow() {
		UnitView opd = this.fixtures.opd("Dinas Pemantauan Surut");
		String nip = this.fixtures.employee(opd.code(), "Rudi Hartono", LocalDate.of(2015, 1, 2));
		String other = this.fixtures.employee(opd.code(), "Sri Wahyuni", LocalDate.of(2015, 1, 2));
		long employee = employeeId(nip);
		long colleague = employeeId(other);
		for (LocalDate day : List.of(MON, TUE, WED, THU)) {
			mark(opd, day, nip, AttendanceStatus.UNEXCUSED);
		}
		mark(opd, TUE, other, AttendanceStatus.PRESENT);
		await().pollDelay(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(monitoringFlags(employee)).isEmpty());

		// The circular arrives two days late: the period is entered on Thursday for
		// Tuesday and Wednesday.
		this.clock.set(THU.atTime(18, 0));
		String name = "Pemantauan surut " + UUID.randomUUID().toString().substring(0, 6);
		this.period = this.fixtures.as("bkpsdm", () -> this.periods.create(new MonitoringPeriods.PeriodInput(name,
				MonitoringKind.POST_HOLIDAY, TUE, WED, "800.1.6/55/BKPSDM/2025", MON)));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(monitoringFlags(employee)).containsExactly(TUE, WED));
		assertThat(monitoringFlags(colleague)).isEmpty();
		assertThat(detail(employee, TUE)).contains(name).contains("800.1.6/55/BKPSDM/2025");

		// Widened to the whole week: Monday and Thursday too.
		MonitoringPeriods.Editable editable = this.periods.get(this.period.id());
		this.fixtures.as("bkpsdm", () -> this.periods.change(this.period.id(), new MonitoringPeriods.PeriodInput(name,
				MonitoringKind.POST_HOLIDAY, MON, THU, "800.1.6/55/BKPSDM/2025", MON), editable.version()));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(monitoringFlags(employee)).containsExactly(MON, TUE, WED, THU));

		// Narrowed to Wednesday alone: the other three are withdrawn.
		MonitoringPeriods.Editable widened = this.periods.get(this.period.id());
		this.fixtures.as("bkpsdm", () -> this.periods.change(this.period.id(), new MonitoringPeriods.PeriodInput(name,
				MonitoringKind.POST_HOLIDAY, WED, WED, "800.1.6/55/BKPSDM/2025", MON), widened.version()));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(monitoringFlags(employee)).containsExactly(WED));

		// Deleted: none left.
		this.fixtures.as("bkpsdm", () -> {
			this.periods.delete(this.period.id(), null);
			return null;
		});
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(monitoringFlags(employee)).isEmpty());
		assertThat(withdrawnMonitoringFlags(employee)).isEqualTo(4);
	}

	private void mark(UnitView opd, LocalDate day, String nip, AttendanceStatus status) {
		this.clock.set(day.atTime(17, 0));
		for (Session session : Session.values()) {
			this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(opd.code(), day, session, null,
					null, List.of(new SubmitRollCall.Mark(nip, status, null, null, null)))));
		}
	}

	private long employeeId(String nip) {
		return this.jdbc.sql("select id from employee where nip = :nip").param("nip", nip).query(Long.class).single();
	}

	private List<LocalDate> monitoringFlags(long employee) {
		return this.jdbc.sql("""
				select day from discipline_flag where kind = 'MONITORING_PERIOD' and employee_id = :employee
				  and withdrawn_at is null order by day""").param("employee", employee).query(LocalDate.class).list();
	}

	private int withdrawnMonitoringFlags(long employee) {
		return this.jdbc.sql("""
				select count(*) from discipline_flag where kind = 'MONITORING_PERIOD' and employee_id = :employee
				  and withdrawn_at is not null""").param("employee", employee).query(Integer.class).single();
	}

	private String detail(long employee, LocalDate day) {
		return this.jdbc.sql("""
				select detail_args from discipline_flag where kind = 'MONITORING_PERIOD' and employee_id = :employee
				  and day = :day""").param("employee", employee).param("day", day).query(String.class).single();
	}

}
