package id.siapel.report.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.organization.WorkPattern;
import id.siapel.report.board.BoardView.Row;
import id.siapel.report.board.BoardView.State;
import id.siapel.report.board.BoardView.Summary;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 on the compliance board: on Saturday 17 May 2025 (no holiday) a five-day Dinas
 * does not work but its six-day Puskesmas does. The Dinas's row counts the Puskesmas
 * (waiting before the 09.30 cut-off of apel pagi, missing after it, complete once the
 * Puskesmas sent its own sheet), and so do the totals; the five-day Bidang is off and not
 * counted; on Sunday nobody works and the Dinas is off. Read as the Dinas's unit head,
 * whose board has that one row.
 */
@SiapelIntegrationTest
class SixDaySubUnitBoardTests {

	static final LocalDate SATURDAY = LocalDate.of(2025, 5, 17);

	static final String HEAD_PASSWORD = "kepala-papan-sabtu";

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

	UnitView dinas;

	UnitView puskesmas;

	String head;

	@BeforeEach
	void aFiveDayDinasWithASixDayPuskesmas() {
		this.clock.set(LocalDateTime.of(2025, 5, 17, 8, 0));
		LocalDate since = LocalDate.of(2020, 1, 2);
		this.dinas = this.fixtures.opd("Dinas Kesehatan Papan Sabtu");
		UnitView office = this.fixtures.unit(this.dinas.code(), "Bidang Papan Sabtu", UnitKind.DIVISION);
		this.puskesmas = this.fixtures.unit(this.dinas.code(), "UPTD Puskesmas Papan Sabtu", UnitKind.TECHNICAL_UNIT,
				WorkPattern.SIX_DAY);
		this.fixtures.employee(this.dinas.code(), "Irma Papan", since);
		this.fixtures.employee(office.code(), "Joko Papan", since);
		this.fixtures.employee(this.puskesmas.code(), "Kartika Papan", since);
		this.fixtures.employee(this.puskesmas.code(), "Lukman Papan", since);
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Papan Sabtu", Set.of(Role.UNIT_HEAD),
				this.dinas.code()));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theDinasRowCountsItsPuskesmasOnSaturday() throws Exception {
		// 08.00: before the cut-off, nothing sent yet.
		BoardView early = read();
		Row row = row(early);
		assertThat(row.day().working()).isFalse();
		assertThat(row.working()).isTrue();
		assertThat(row.subUnitsOnly()).isEqualTo(1);
		assertThat(row.morning().state()).isEqualTo(State.WAITING);
		assertThat(row.morning().total()).as("the Puskesmas's two, not the Dinas's office").isEqualTo(2);
		assertThat(row.evening().state()).isEqualTo(State.WAITING);
		assertThat(early.morning()).isEqualTo(new Summary(1, 0, 0, 0));

		// 10.00: the cut-off of apel pagi has passed.
		this.clock.set(LocalDateTime.of(2025, 5, 17, 10, 0));
		BoardView late = read();
		assertThat(row(late).morning().state()).isEqualTo(State.MISSING);
		assertThat(row(late).missing()).isTrue();
		assertThat(row(late).evening().state()).isEqualTo(State.WAITING);
		assertThat(late.morning()).isEqualTo(new Summary(1, 0, 0, 1));

		// The Puskesmas sends its own sheet.
		this.fixtures.as(this.head, () -> this.marking
			.submit(new SubmitRollCall(this.puskesmas.code(), SATURDAY, Session.MORNING, 0L, null, List.of())));
		BoardView sent = read();
		assertThat(row(sent).morning().state()).isEqualTo(State.COMPLETE);
		assertThat(row(sent).morning().recorded()).isEqualTo(2);
		assertThat(row(sent).morning().present()).isEqualTo(2);
		assertThat(row(sent).morning().sheets()).isEqualTo(1);
		assertThat(sent.morning()).isEqualTo(new Summary(1, 1, 0, 0));

		// The page says so too.
		var session = Logins.login(this.mvc, this.head, HEAD_PASSWORD);
		this.mvc.perform(get("/reports/board").param("date", SATURDAY.toString()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"board-sub-units-" + this.dinas.code() + "\"")))
			.andExpect(content().string(containsString("OPD libur; 1 sub-unit bekerja")))
			.andExpect(content().string(
					containsString("data-testid=\"board-MORNING-" + this.dinas.code() + "\" data-state=\"COMPLETE\"")));

		// Sunday: none of its units works, the Dinas is off and not counted.
		this.clock.set(LocalDateTime.of(2025, 5, 18, 10, 0));
		BoardView sunday = this.fixtures.as(this.head, () -> this.board.board(SATURDAY.plusDays(1)));
		assertThat(row(sunday).morning().state()).isEqualTo(State.NON_WORKING);
		assertThat(row(sunday).subUnitsOnly()).isZero();
		assertThat(sunday.morning()).isEqualTo(new Summary(0, 0, 0, 0));
	}

	private BoardView read() {
		return this.fixtures.as(this.head, () -> this.board.board(SATURDAY));
	}

	private Row row(BoardView view) {
		return view.rows().stream().filter((r) -> r.unit().id() == this.dinas.id()).findFirst().orElseThrow();
	}

}
