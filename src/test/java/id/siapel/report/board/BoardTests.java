package id.siapel.report.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.organization.WorkPattern;
import id.siapel.report.board.BoardView.Row;
import id.siapel.report.board.BoardView.State;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.StatementCounter;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The compliance board on a hand-made regency corner, on Tuesday 8 April 2025 at 10.00
 * (after the morning cut-off of 09.30, before the evening one): an OPD that submitted its
 * sheet (one unexcused), one of whose two sheets only a sub-unit submitted, and one that
 * submitted nothing and comes first; a Saturday on which only the six-day OPD works; a
 * fixed number of queries whatever the number of OPDs; and a unit head who sees their own
 * OPD only.
 */
@SiapelIntegrationTest
class BoardTests {

	static final LocalDate TUESDAY = LocalDate.of(2025, 4, 8);

	static final String HEAD_PASSWORD = "kepala-papan-uji";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	ComplianceBoard board;

	@Autowired
	RollCallMarking marking;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Units units;

	UnitView complete;

	UnitView partial;

	UnitView partialPuskesmas;

	UnitView missing;

	UnitView sixDay;

	String absentNip;

	String head;

	@BeforeEach
	void threeOpds() {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 10, 0));
		LocalDate since = LocalDate.of(2020, 1, 2);
		this.complete = this.fixtures.opd("Dinas Papan Lengkap");
		UnitView division = this.fixtures.unit(this.complete.code(), "Bidang Papan", UnitKind.DIVISION);
		this.fixtures.employee(this.complete.code(), "Ahmad Papan", since);
		this.absentNip = this.fixtures.employee(this.complete.code(), "Bagus Papan", since);
		this.fixtures.employee(division.code(), "Cahya Papan", since);

		this.partial = this.fixtures.opd("Dinas Papan Sebagian");
		this.partialPuskesmas = this.fixtures.unit(this.partial.code(), "UPTD Papan", UnitKind.TECHNICAL_UNIT);
		this.fixtures.employee(this.partial.code(), "Dian Papan", since);
		this.fixtures.employee(this.partial.code(), "Eka Papan", since);
		this.fixtures.employee(this.partialPuskesmas.code(), "Fitri Papan", since);

		this.missing = this.fixtures.opd("Dinas Papan Kosong");
		this.fixtures.employee(this.missing.code(), "Gilang Papan", since);

		String code = "T6" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		this.sixDay = this.fixtures.as("bkpsdm", () -> this.units.create(new Units.NewUnit(code, "RSUD Papan",
				UnitKind.AGENCY, this.fixtures.root().code(), WorkPattern.SIX_DAY)));
		this.fixtures.employee(this.sixDay.code(), "Hana Papan", since);

		submit(this.complete, Session.MORNING,
				List.of(new SubmitRollCall.Mark(this.absentNip, AttendanceStatus.UNEXCUSED, null, null, null)));
		submit(this.partialPuskesmas, Session.MORNING, List.of());

		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Papan Lengkap", Set.of(Role.UNIT_HEAD),
				this.complete.code()));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void countsEachOpdAndPutsTheMissingOnTop() {
		BoardView view = this.fixtures.as("bkpsdm", () -> this.board.board(TUESDAY));

		Row done = row(view, this.complete);
		assertThat(done.morning().state()).isEqualTo(State.COMPLETE);
		assertThat(done.morning().total()).isEqualTo(3);
		assertThat(done.morning().recorded()).isEqualTo(3);
		assertThat(done.morning().present()).isEqualTo(2);
		assertThat(done.morning().unexcused()).isEqualTo(1);
		assertThat(done.morning().submittedBy()).isNotBlank();
		assertThat(done.morning().submittedAt())
			.isEqualTo(LocalDateTime.of(2025, 4, 8, 10, 0).atZone(this.clock.getZone()).toInstant());
		assertThat(done.morning().late()).isTrue();
		assertThat(done.evening().state()).isEqualTo(State.WAITING);
		assertThat(done.attention()).isFalse();

		Row part = row(view, this.partial);
		assertThat(part.morning().state()).isEqualTo(State.PARTIAL);
		assertThat(part.morning().recorded()).isEqualTo(1);
		assertThat(part.morning().present()).isEqualTo(1);
		assertThat(part.morning().total()).isEqualTo(3);
		assertThat(part.morning().sheets()).isEqualTo(1);
		assertThat(part.attention()).isTrue();

		Row none = row(view, this.missing);
		assertThat(none.morning().state()).isEqualTo(State.MISSING);
		assertThat(none.morning().total()).isEqualTo(1);
		assertThat(none.morning().submittedAt()).isNull();
		assertThat(none.evening().state()).isEqualTo(State.WAITING);

		// Every OPD missing a sheet after the cut-off comes before every other.
		List<Row> rows = view.rows();
		int lastMissing = -1;
		int firstOther = rows.size();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).missing()) {
				lastMissing = i;
			}
			else {
				firstOther = Math.min(firstOther, i);
			}
		}
		assertThat(lastMissing).isLessThan(firstOther);
		assertThat(rows.indexOf(part)).isLessThan(rows.indexOf(done));
		assertThat(view.morning().missing()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void onSaturdayOnlyTheSixDayOpdHoldsApel() {
		this.clock.set(LocalDateTime.of(2025, 4, 12, 10, 0));
		BoardView view = this.fixtures.as("bkpsdm", () -> this.board.board(LocalDate.of(2025, 4, 12)));
		assertThat(row(view, this.missing).morning().state()).isEqualTo(State.NON_WORKING);
		assertThat(row(view, this.missing).day().working()).isFalse();
		assertThat(row(view, this.sixDay).morning().state()).isEqualTo(State.MISSING);
		assertThat(row(view, this.sixDay).morning().total()).isEqualTo(1);
		assertThat(view.rows().indexOf(row(view, this.sixDay)))
			.isLessThan(view.rows().indexOf(row(view, this.missing)));
	}

	@Test
	void aFixedNumberOfQueriesWhateverTheNumberOfOpds() {
		this.fixtures.as("bkpsdm", () -> this.board.board(TUESDAY));
		int before = StatementCounter.count(() -> this.fixtures.as("bkpsdm", () -> this.board.board(TUESDAY)))
			.statements();
		for (int i = 0; i < 3; i++) {
			UnitView extra = this.fixtures.opd("Dinas Papan Tambahan " + i);
			this.fixtures.employees(extra.code(), 5, LocalDate.of(2020, 1, 2));
		}
		this.fixtures.as("bkpsdm", () -> this.board.board(TUESDAY));
		var after = StatementCounter.count(() -> this.fixtures.as("bkpsdm", () -> this.board.board(TUESDAY)));
		assertThat(after.statements()).isEqualTo(before).isLessThanOrEqualTo(8);
		assertThat(after.result().rows().size()).isGreaterThan(3);
	}

	@Test
	void thePageAndItsTableForHr() throws Exception {
		this.mvc
			.perform(get("/reports/board").param("date", "2025-04-08")
				.session(Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-layout-marker")))
			.andExpect(content().string(containsString("Selasa, 8 April 2025")))
			.andExpect(content().string(containsString("board-row-" + this.missing.code())))
			.andExpect(content().string(containsString("Hadir 2 dari 3")));
		this.mvc.perform(get("/reports/board/table").session(Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-layout-marker"))))
			.andExpect(content().string(containsString("hx-trigger=\"every 30s\"")))
			.andExpect(content().string(containsString("board-row-" + this.complete.code())));
	}

	@Test
	void aUnitHeadSeesOnlyTheirOwnOpd() throws Exception {
		this.mvc.perform(get("/reports/board").session(Logins.login(this.mvc, this.head, HEAD_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("board-row-" + this.complete.code())))
			.andExpect(content().string(not(containsString("board-row-" + this.partial.code()))))
			.andExpect(content().string(not(containsString("board-row-" + this.missing.code()))));
		BoardView view = this.fixtures.as(this.head, () -> this.board.board(TUESDAY));
		assertThat(view.rows()).extracting((row) -> row.unit().code()).containsExactly(this.complete.code());
	}

	@Test
	void badDatesAreRefused() throws Exception {
		this.mvc
			.perform(get("/reports/board").param("date", "2025-13-45")
				.session(Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/reports/board").param("date", "2025-04-09")
				.session(Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("tanggal yang akan datang")));
		this.mvc.perform(get("/reports/board")).andExpect(status().is3xxRedirection());
	}

	private void submit(UnitView unit, Session session, List<SubmitRollCall.Mark> marks) {
		this.fixtures.as("bkpsdm",
				() -> this.marking.submit(new SubmitRollCall(unit.code(), TUESDAY, session, null, null, marks)));
	}

	private static Row row(BoardView view, UnitView unit) {
		return view.rows()
			.stream()
			.filter((row) -> row.unit().id() == unit.id())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + unit.code()));
	}

}
