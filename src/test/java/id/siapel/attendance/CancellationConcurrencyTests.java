package id.siapel.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.shared.RuleViolationException;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cancellation and a save of the same people at the same moment: in every round the
 * head of a bidang sends its apel pagi with a TK while BKPSDM cancels the OPD's apel pagi
 * ("upacara HUT kabupaten"). Whichever comes first, the cancellation wins: the save
 * either ran before it (and its records are removed) or after it (and is refused), and
 * nothing of that session is recorded or counted afterwards.
 */
@SiapelIntegrationTest
class CancellationConcurrencyTests {

	static final List<LocalDate> DAYS = List.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4),
			LocalDate.of(2025, 2, 5), LocalDate.of(2025, 2, 6), LocalDate.of(2025, 2, 7), LocalDate.of(2025, 2, 10));

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	RollCallMarking marking;

	@Autowired
	RollCallCancellation cancellation;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aSaveRacingTheCancellationOfItsOpdNeverLeavesARecord() throws Exception {
		UnitView opd = this.fixtures.opd("Dinas Upacara Serentak");
		UnitView division = this.fixtures.unit(opd.code(), "Bidang Upacara Serentak", UnitKind.DIVISION);
		LocalDate since = LocalDate.of(2020, 1, 2);
		this.fixtures.employees(opd.code(), 30, since);
		List<String> staff = this.fixtures.employees(division.code(), 30, since);
		String head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(head, "kepala-serentak-bidang", "Kepala Bidang Upacara",
				Set.of(Role.UNIT_HEAD), division.code()));

		ExecutorService two = Executors.newFixedThreadPool(2);
		List<String> outcomes = new ArrayList<>();
		try {
			for (LocalDate day : DAYS) {
				this.clock.set(day.atTime(9, 0));
				CountDownLatch start = new CountDownLatch(1);
				Future<String> save = two.submit(at(start, () -> this.fixtures.as(head, () -> {
					try {
						this.marking.submit(new SubmitRollCall(division.code(), day, Session.MORNING, null, null, List
							.of(new SubmitRollCall.Mark(staff.get(0), AttendanceStatus.UNEXCUSED, null, null, null))));
						return "saved";
					}
					catch (RuleViolationException ex) {
						return ex.messageKey();
					}
				})));
				Future<String> cancel = two.submit(at(start, () -> this.fixtures.as("bkpsdm", () -> {
					this.cancellation
						.cancel(new CancelRollCall(opd.code(), day, Session.MORNING, null, "Upacara HUT kabupaten"));
					return "cancelled";
				})));
				start.countDown();
				assertThat(cancel.get(60, TimeUnit.SECONDS)).isEqualTo("cancelled");
				String saved = save.get(60, TimeUnit.SECONDS);
				assertThat(saved).isIn("saved", "rollCall.cancelled.refused");
				outcomes.add(saved);
				assertThat(this.jdbc.sql("""
						select count(*) from attendance_record
						where day = :day and session = 'MORNING' and unit_id = any(:units)""")
					.param("day", day)
					.param("units", id.siapel.shared.SqlArrays.bigints(List.of(opd.id(), division.id())))
					.query(Long.class)
					.single()).as("records of %s after %s", day, saved).isZero();
			}
		}
		finally {
			two.shutdown();
		}
		assertThat(this.jdbc.sql("""
				select count(*) from discipline_day d join employee e on e.id = d.employee_id
				where e.nip = :nip and d.day between '2025-02-01' and '2025-02-28'""")
			.param("nip", staff.get(0))
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("""
				select coalesce(sum(m.unexcused), 0) from recap_month m join employee e on e.id = m.employee_id
				where e.nip = :nip and m.month = '2025-02-01'""")
			.param("nip", staff.get(0))
			.query(Integer.class)
			.single()).isZero();
		assertThat(outcomes).hasSize(DAYS.size());
	}

	private static <T> Callable<T> at(CountDownLatch start, Callable<T> action) {
		return () -> {
			start.await();
			return action.call();
		};
	}

}
