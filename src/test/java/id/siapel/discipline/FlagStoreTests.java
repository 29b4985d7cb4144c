package id.siapel.discipline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.siapel.discipline.DisciplineStore.EmployeeDay;
import id.siapel.discipline.FlagStore.Existing;
import id.siapel.discipline.FlagStore.Raised;
import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The active flags of some employee-days, as a recount reads them to withdraw those whose
 * cause went away: read by the employees and the span of the days (issue 15, the demo's
 * flags), they must still be those of exactly the given days, kinds and employees.
 */
@SiapelIntegrationTest
class FlagStoreTests {

	static final LocalDate MON = LocalDate.of(2024, 3, 4);

	@Autowired
	FlagStore flags;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onDaysFindsTheActiveFlagsOfTheseKindsOnExactlyTheseEmployeeDays() {
		UnitView opd = this.fixtures.opd("Dinas Bendera Hari");
		long first = employeeId(this.fixtures.employee(opd.code(), "Agus Salim", LocalDate.of(2015, 1, 2)));
		long second = employeeId(this.fixtures.employee(opd.code(), "Dewi Lestari", LocalDate.of(2015, 1, 2)));
		Instant now = Instant.parse("2024-03-10T01:00:00Z");
		this.flags.raise(List.of(flag(FlagKind.AFTER_HOLIDAY, first, MON, opd), // wanted
				flag(FlagKind.AFTER_HOLIDAY, first, MON.plusDays(1), opd), // a day
																			// between
				flag(FlagKind.UNIT_HEAD_ABSENT, first, MON.plusDays(2), opd), // wanted
				flag(FlagKind.CONSECUTIVE_ABSENCE, first, MON.plusDays(2), opd), // other
																					// kind
				flag(FlagKind.AFTER_HOLIDAY, second, MON, opd), // other employee's day
				flag(FlagKind.BEFORE_HOLIDAY, second, MON.plusDays(1), opd), // wanted
				flag(FlagKind.MONITORING_PERIOD, second, MON.plusDays(2), opd)), now); // withdrawn
		List<Long> withdrawn = this.flags
			.activeByCauseKeys(List.of(key(FlagKind.MONITORING_PERIOD, second, MON.plusDays(2))))
			.stream()
			.map(Existing::id)
			.toList();
		this.flags.withdraw(withdrawn, now);

		List<Existing> found = this.flags.onDays(
				Set.of(new EmployeeDay(first, MON), new EmployeeDay(first, MON.plusDays(2)),
						new EmployeeDay(second, MON.plusDays(1)), new EmployeeDay(second, MON.plusDays(2))),
				FlagRaiser.DAY_KINDS);

		assertThat(found).extracting(Existing::causeKey)
			.containsExactlyInAnyOrder(key(FlagKind.AFTER_HOLIDAY, first, MON),
					key(FlagKind.UNIT_HEAD_ABSENT, first, MON.plusDays(2)),
					key(FlagKind.BEFORE_HOLIDAY, second, MON.plusDays(1)));
		assertThat(this.flags.onDays(List.of(new EmployeeDay(first, MON)), FlagRaiser.DAY_KINDS))
			.extracting(Existing::causeKey)
			.containsExactly(key(FlagKind.AFTER_HOLIDAY, first, MON));
		assertThat(this.flags.onDays(List.of(), FlagRaiser.DAY_KINDS)).isEmpty();
	}

	private static Raised flag(FlagKind kind, long employee, LocalDate day, UnitView unit) {
		return new Raised(kind, key(kind, employee, day), employee, unit.id(), day, FlagSeverity.HIGH,
				"flag.detail." + kind, List.of("TK/TK"));
	}

	private static String key(FlagKind kind, long employee, LocalDate day) {
		return kind + ":" + employee + ":" + day;
	}

	private long employeeId(String nip) {
		return this.jdbc.sql("select id from employee where nip = :nip").param("nip", nip).query(Long.class).single();
	}

}
