package id.siapel.organization;

import java.time.LocalDate;
import java.time.LocalDateTime;

import id.siapel.employee.EmployeeService;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit head whose transfer is recorded ahead of its date stays head until that day and
 * no longer: the morning job releases the head on the effective date.
 */
@SiapelIntegrationTest
class HeadsWhoLeftTests {

	static final LocalDate JOINED = LocalDate.of(2020, 1, 6);

	@Autowired
	Fixtures fixtures;

	@Autowired
	EmployeeService employees;

	@Autowired
	Units units;

	@Autowired
	HeadsWhoLeft headsWhoLeft;

	@Autowired
	TestClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void aHeadTransferredFromADayToComeStaysHeadUntilThatDay() {
		UnitView dinas = this.fixtures.opd("Dinas Uji Kepala");
		UnitView badan = this.fixtures.opd("Badan Uji Kepala");
		String nip = this.fixtures.employee(dinas.code(), "Ir. Bambang Wiryawan", JOINED);
		this.clock.set(LocalDateTime.of(2026, 3, 20, 9, 0));
		this.fixtures.as("bkpsdm", () -> this.units.assignHead(dinas.code(), nip));

		transfer(nip, badan, "SK/KEPALA/2");
		assertThat(head(dinas)).as("still head before the transfer's date").isNotNull();

		// The job itself runs under a ShedLock lock held at least 30 s; its day's work:
		this.headsWhoLeft.releaseOn(LocalDate.of(2026, 3, 31));
		assertThat(head(dinas)).as("the day before the transfer").isNotNull();

		this.clock.set(LocalDateTime.of(2026, 4, 1, 0, 5));
		this.headsWhoLeft.release();
		assertThat(head(dinas)).as("on the transfer's date").isNull();
	}

	@Test
	void aHeadTransferredFromTodayStopsBeingHeadAtOnce() {
		UnitView dinas = this.fixtures.opd("Dinas Uji Kepala Kini");
		UnitView badan = this.fixtures.opd("Badan Uji Kepala Kini");
		String nip = this.fixtures.employee(dinas.code(), "Dra. Sri Wahyuni", JOINED);
		this.clock.set(LocalDateTime.of(2026, 4, 1, 9, 0));
		this.fixtures.as("bkpsdm", () -> this.units.assignHead(dinas.code(), nip));
		transfer(nip, badan, "SK/KEPALA/3");
		assertThat(head(dinas)).isNull();
	}

	private void transfer(String nip, UnitView to, String decree) {
		this.fixtures.as("bkpsdm", () -> {
			this.employees.transfer(nip,
					new EmployeeService.TransferCommand(to.code(), LocalDate.of(2026, 4, 1), decree, null));
			return null;
		});
	}

	private Long head(UnitView unit) {
		return this.units.find(unit.code()).orElseThrow().headEmployeeId();
	}

}
