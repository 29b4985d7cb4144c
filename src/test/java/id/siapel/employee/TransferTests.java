package id.siapel.employee;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dated assignments on PostgreSQL: a transfer moves the employee from its effective date
 * on and leaves the past untouched; a departure ends the assignment; mass transfers are
 * all or nothing.
 */
@SiapelIntegrationTest
class TransferTests {

	static final LocalDate JOINED = LocalDate.of(2020, 1, 6);

	static final LocalDate TRANSFER_DAY = LocalDate.of(2025, 4, 14);

	@Autowired
	Fixtures fixtures;

	@Autowired
	EmployeeService employees;

	@Autowired
	EmployeeDirectory directory;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	UnitView dinas;

	UnitView badan;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@BeforeEach
	void units() {
		this.dinas = this.fixtures.opd("Dinas Uji Mutasi");
		this.badan = this.fixtures.opd("Badan Uji Mutasi");
	}

	@Test
	void theDayBeforeTheTransferBelongsToTheOldUnitTheEffectiveDayToTheNew() {
		String nip = this.fixtures.employee(this.dinas.code(), "Sri Wahyuni, S.E.", JOINED);
		transfer(nip, this.badan.code(), TRANSFER_DAY, "800/123/BKPSDM/2025", "Analis Keuangan");

		assertThat(rosterNips(this.dinas, TRANSFER_DAY.minusDays(1))).contains(nip);
		assertThat(rosterNips(this.badan, TRANSFER_DAY.minusDays(1))).doesNotContain(nip);
		assertThat(rosterNips(this.dinas, TRANSFER_DAY)).doesNotContain(nip);
		assertThat(rosterNips(this.badan, TRANSFER_DAY)).contains(nip);
		assertThat(rosterNips(this.dinas, JOINED)).as("the past is untouched").contains(nip);
		assertThat(rosterNips(this.dinas, JOINED.minusDays(1))).as("not before joining").doesNotContain(nip);

		EmployeeProfile profile = this.fixtures.as("bkpsdm", () -> this.directory.profile(nip));
		assertThat(profile.assignments()).hasSize(2);
		assertThat(profile.assignments().get(0).lastDay()).isEqualTo(TRANSFER_DAY.minusDays(1));
		assertThat(profile.assignments().get(1).decreeNumber()).isEqualTo("800/123/BKPSDM/2025");
		assertThat(profile.position()).isEqualTo("Analis Keuangan");
	}

	@Test
	void aTransferDatedBeforeTheCurrentAssignmentStartedIsRefusedAndNothingChanges() {
		String nip = this.fixtures.employee(this.dinas.code(), "Agus Salim", JOINED);
		assertThatThrownBy(() -> transfer(nip, this.badan.code(), JOINED.minusDays(1), "SK/1", null))
			.isInstanceOf(RuleViolationException.class)
			.extracting((ex) -> ((RuleViolationException) ex).messageKey())
			.isEqualTo("transfer.beforeCurrent");
		assertThatThrownBy(() -> transfer(nip, this.badan.code(), JOINED, "SK/1", null))
			.as("the same day would leave an empty assignment")
			.isInstanceOf(RuleViolationException.class);
		assertThat(rosterNips(this.dinas, TRANSFER_DAY)).contains(nip);
		assertThat(assignmentCount(nip)).isEqualTo(1);
	}

	@Test
	void aSecondTransferMustBeAfterTheFirst() {
		String nip = this.fixtures.employee(this.dinas.code(), "Yohanes Tanjung", JOINED);
		transfer(nip, this.badan.code(), TRANSFER_DAY, "SK/A", null);
		assertThatThrownBy(() -> transfer(nip, this.dinas.code(), TRANSFER_DAY.minusMonths(1), "SK/B", null))
			.isInstanceOf(RuleViolationException.class);
		transfer(nip, this.dinas.code(), TRANSFER_DAY.plusMonths(3), "SK/B", null);
		assertThat(rosterNips(this.badan, TRANSFER_DAY.plusMonths(1))).contains(nip);
		assertThat(rosterNips(this.dinas, TRANSFER_DAY.plusMonths(3))).contains(nip);
	}

	@Test
	void aDepartureEndsTheAssignmentAndFurtherTransfersAreRefused() {
		String nip = this.fixtures.employee(this.dinas.code(), "Made Suarta", JOINED);
		LocalDate retired = LocalDate.of(2026, 2, 1);
		this.fixtures.as("bkpsdm", () -> {
			this.employees.changeStatus(nip,
					new EmployeeService.StatusCommand(EmployeeStatus.RETIRED, retired, "SK PENSIUN/9", null));
			return null;
		});
		assertThat(rosterNips(this.dinas, retired.minusDays(1))).contains(nip);
		assertThat(rosterNips(this.dinas, retired)).doesNotContain(nip);
		assertThat(this.fixtures.as("bkpsdm", () -> this.directory.profile(nip)).status())
			.isEqualTo(EmployeeStatus.RETIRED);
		assertThatThrownBy(() -> transfer(nip, this.badan.code(), retired.plusDays(10), "SK/3", null))
			.isInstanceOf(RuleViolationException.class)
			.extracting((ex) -> ((RuleViolationException) ex).messageKey())
			.isEqualTo("transfer.notActive");
	}

	@Test
	void aHeadWhoIsTransferredAwayStopsBeingHead() {
		String nip = this.fixtures.employee(this.dinas.code(), "Drs. Hendra Gunawan", JOINED);
		this.fixtures.as("bkpsdm", () -> this.units.assignHead(this.dinas.code(), nip));
		transfer(nip, this.badan.code(), LocalDate.of(2026, 1, 5), "SK/KEPALA", null);
		assertThat(this.units.find(this.dinas.code()).orElseThrow().headEmployeeId()).isNull();
	}

	@Test
	void aHeadMustBelongToTheUnitItself() {
		UnitView bidang = this.fixtures.unit(this.dinas.code(), "Bidang Uji", UnitKind.DIVISION);
		String inBidang = this.fixtures.employee(bidang.code(), "Dewi Sartika", JOINED);
		assertThatThrownBy(() -> this.fixtures.as("bkpsdm", () -> this.units.assignHead(this.dinas.code(), inBidang)))
			.isInstanceOf(RuleViolationException.class)
			.extracting((ex) -> ((RuleViolationException) ex).messageKey())
			.isEqualTo("unit.head.notInUnit");
	}

	@Test
	void aMassTransferMovesEveryoneOrNobody() {
		String first = this.fixtures.employee(this.dinas.code(), "Andi Pratama", JOINED);
		String second = this.fixtures.employee(this.dinas.code(), "Budi Santoso", JOINED);
		LocalDate installed = LocalDate.of(2026, 1, 2);

		assertThatThrownBy(() -> mass(installed,
				List.of(item(first, this.badan.code()), item(second, "NO-SUCH-UNIT"),
						item("199001012015011999", this.badan.code()))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.problems())
						.extracting(RuleViolationException.Problem::line, RuleViolationException.Problem::messageKey)
						.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "unit.unknown"),
								org.assertj.core.groups.Tuple.tuple(3, "employee.unknown")));
		assertThat(rosterNips(this.badan, installed)).as("nothing moved").doesNotContain(first, second);

		int moved = mass(installed, List.of(item(first, this.badan.code()), item(second, this.badan.code())));
		assertThat(moved).isEqualTo(2);
		assertThat(rosterNips(this.badan, installed)).contains(first, second);
		assertThat(this.jdbc.queryForObject("""
				select count(distinct batch_id) from employee_assignment a join employee e on e.id = a.employee_id
				where e.nip in (?, ?) and a.reason = 'TRANSFER'""", Integer.class, first, second))
			.as("one decree, one batch")
			.isEqualTo(1);
	}

	@Test
	void theListShowsEveryoneInTheUnitTheyBelongToToday() {
		String moved = this.fixtures.employee(this.dinas.code(), "Ratna Sari", JOINED);
		transfer(moved, this.badan.code(), TRANSFER_DAY, "SK/LALU", null);
		String moving = this.fixtures.employee(this.dinas.code(), "Hadi Sucipto", JOINED);
		transfer(moving, this.badan.code(), LocalDate.of(2099, 1, 2), "SK/NANTI", null);
		String retired = this.fixtures.employee(this.dinas.code(), "Sumarni", JOINED);
		this.fixtures.as("bkpsdm", () -> {
			this.employees.changeStatus(retired,
					new EmployeeService.StatusCommand(EmployeeStatus.RETIRED, TRANSFER_DAY, "SK PENSIUN/10", null));
			return null;
		});

		assertThat(listedIn(this.dinas)).as("a future transfer has not happened yet; who left stays in their last unit")
			.containsExactlyInAnyOrder(moving, retired);
		assertThat(listedIn(this.badan)).containsExactly(moved);
	}

	@Test
	void theDatabaseItselfRefusesOverlappingAssignments() {
		String nip = this.fixtures.employee(this.dinas.code(), "Rudi Hartono", JOINED);
		Long employeeId = this.jdbc.queryForObject("select id from employee where nip = ?", Long.class, nip);
		assertThatThrownBy(() -> this.jdbc.update(
				"""
						insert into employee_assignment (employee_id, unit_id, valid_from, position_name, reason, created_at, created_by)
						values (?, ?, ?, 'x', 'TRANSFER', now(), 'test')""",
				employeeId, this.badan.id(), TRANSFER_DAY))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void aMalformedMassTransferLineIsReportedWithItsLineNumberNotAsAnUnknownNip() throws Exception {
		String nip = this.fixtures.employee(this.dinas.code(), "Indra Gunawan", JOINED);
		MockHttpSession hr = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		this.mvc
			.perform(post("/transfers/new").session(hr)
				.with(csrf())
				.param("decreeNumber", "821/46/2026")
				.param("effectiveDate", "2026-01-02")
				.param("lines", nip + ";" + this.badan.code() + "\n\ninibarisrusak\n"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Baris 3: Format baris tidak dikenali: &quot;inibarisrusak&quot;")))
			.andExpect(content().string(containsString("NIP;KODE UNIT;Jabatan baru")))
			.andExpect(content().string(not(containsString("NIP inibarisrusak"))));
		this.mvc
			.perform(post("/transfers/new").session(hr)
				.with(csrf())
				.param("decreeNumber", "821/46/2026")
				.param("effectiveDate", "2026-01-02")
				.param("lines", nip + ";" + this.badan.code() + "\n\n199001012015011999;" + this.badan.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Baris 3: Tidak ada pegawai dengan NIP 199001012015011999.")));
		assertThat(rosterNips(this.badan, LocalDate.of(2026, 1, 2))).as("nothing moved").doesNotContain(nip);
	}

	@Test
	void aTransferWithATmtStillToComeIsShownAsPlannedAndTheCurrentAssignmentStaysInForce() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
		String nip = this.fixtures.employee(this.dinas.code(), "Lestari Handayani", JOINED);
		transfer(nip, this.badan.code(), LocalDate.of(2027, 1, 1), "SK/TERJADWAL", "Kepala Subbagian Umum");

		EmployeeProfile profile = this.fixtures.as("bkpsdm", () -> this.directory.profile(nip));
		assertThat(profile.unitCode()).isEqualTo(this.dinas.code());
		assertThat(profile.position()).as("the new position comes with the transfer").isEqualTo("Analis Kepegawaian");
		assertThat(profile.assignments()).extracting(EmployeeProfile.AssignmentLine::timing)
			.containsExactly(EmployeeProfile.Timing.CURRENT, EmployeeProfile.Timing.PLANNED);

		MockHttpSession hr = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		this.mvc.perform(get("/employees/" + nip).session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("mulai 1 Januari 2027 (terjadwal)")))
			.andExpect(content().string(containsString("31 Desember 2026")))
			.andExpect(content().string(containsString("berlaku saat ini")));

		this.clock.set(LocalDateTime.of(2027, 1, 1, 9, 0));
		assertThat(this.fixtures.as("bkpsdm", () -> this.directory.profile(nip)).assignments())
			.extracting(EmployeeProfile.AssignmentLine::timing)
			.as("on the TMT the transfer is in force")
			.containsExactly(EmployeeProfile.Timing.PAST, EmployeeProfile.Timing.CURRENT);
	}

	private Set<String> rosterNips(UnitView unit, LocalDate day) {
		return Set.copyOf(this.directory.roster(List.of(unit.id()), day).stream().map(RosterEntry::nip).toList());
	}

	private List<String> listedIn(UnitView unit) {
		return this.fixtures
			.as("bkpsdm", () -> this.directory.search(new EmployeeFilter(null, unit.code(), null, null), 0, 50))
			.items()
			.stream()
			.map(EmployeeRow::nip)
			.toList();
	}

	private int assignmentCount(String nip) {
		return this.jdbc.queryForObject(
				"select count(*) from employee_assignment a join employee e on e.id = a.employee_id where e.nip = ?",
				Integer.class, nip);
	}

	private void transfer(String nip, String unitCode, LocalDate day, String decree, String position) {
		this.fixtures.as("bkpsdm", () -> {
			this.employees.transfer(nip, new EmployeeService.TransferCommand(unitCode, day, decree, position));
			return null;
		});
	}

	private int mass(LocalDate day, List<EmployeeService.MassTransferCommand.Item> items) {
		return this.fixtures.as("bkpsdm",
				() -> this.employees.massTransfer(new EmployeeService.MassTransferCommand("821/45/2026", day, items)));
	}

	private static EmployeeService.MassTransferCommand.Item item(String nip, String unitCode) {
		return new EmployeeService.MassTransferCommand.Item(nip, unitCode, null);
	}

}
