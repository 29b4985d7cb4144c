package id.siapel.report.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.CancelRollCall;
import id.siapel.attendance.RollCallCancellation;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.report.board.BoardView.Cell;
import id.siapel.report.board.BoardView.State;
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
 * The compliance board on Tuesday 8 April 2025 at 10.00, after the morning cut-off: an
 * OPD whose apel pagi was cancelled after a TK had been sent ("apel ditiadakan: hujan
 * deras") is reported with its reason, not missing, and counts nobody; an OPD whose
 * Puskesmas alone had its apel cancelled is complete once its own people are sent.
 */
@SiapelIntegrationTest
class CancelledApelBoardTests {

	static final LocalDate TUESDAY = LocalDate.of(2025, 4, 8);

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
	RollCallCancellation cancellation;

	UnitView rained;

	UnitView partly;

	UnitView puskesmas;

	@BeforeEach
	void twoOpds() {
		this.clock.set(LocalDateTime.of(2025, 4, 8, 10, 0));
		LocalDate since = LocalDate.of(2020, 1, 2);
		this.rained = this.fixtures.opd("Dinas Papan Hujan");
		String absent = this.fixtures.employee(this.rained.code(), "Eko Papan Hujan", since);
		this.fixtures.employee(this.rained.code(), "Fajar Papan Hujan", since);
		this.partly = this.fixtures.opd("Dinas Papan Puskesmas Libur Apel");
		this.puskesmas = this.fixtures.unit(this.partly.code(), "UPTD Papan Kerja Bakti", UnitKind.TECHNICAL_UNIT);
		this.fixtures.employee(this.partly.code(), "Gita Papan", since);
		this.fixtures.employee(this.puskesmas.code(), "Hadi Papan", since);

		this.fixtures.as("bkpsdm",
				() -> this.marking.submit(new SubmitRollCall(this.rained.code(), TUESDAY, Session.MORNING, 0L, null,
						List.of(new SubmitRollCall.Mark(absent, AttendanceStatus.UNEXCUSED, null, null, null)))));
		cancel(this.rained, 1L, "Hujan deras");
		cancel(this.puskesmas, 0L, "Kerja bakti");
		this.fixtures.as("bkpsdm", () -> this.marking
			.submit(new SubmitRollCall(this.partly.code(), TUESDAY, Session.MORNING, 0L, null, List.of())));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aCancelledApelIsReportedWithItsReasonAndCountsNobody() throws Exception {
		BoardView view = this.fixtures.as("bkpsdm", () -> this.board.board(TUESDAY));
		BoardView.Row row = row(view, this.rained);
		Cell morning = row.morning();
		assertThat(morning.state()).isEqualTo(State.CANCELLED);
		assertThat(morning.cancelReason()).isEqualTo("Hujan deras");
		assertThat(morning.recorded()).isZero();
		assertThat(morning.unexcused()).isZero();
		assertThat(morning.submittedBy()).isNotBlank();
		assertThat(row.missing()).isFalse();
		assertThat(row.attention()).isFalse();
		assertThat(view.morning().cancelled()).isGreaterThanOrEqualTo(1);
		assertThat(row.evening().state()).isEqualTo(State.WAITING);

		Cell rest = row(view, this.partly).morning();
		assertThat(rest.state()).isEqualTo(State.COMPLETE);
		assertThat(rest.total()).isEqualTo(1);
		assertThat(rest.cancelledSubUnits()).isEqualTo(1);

		this.mvc
			.perform(get("/reports/board").param("date", "2025-04-08").session(Logins.loginAsDemo(this.mvc, "bkpsdm")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ditiadakan: Hujan deras")))
			.andExpect(content().string(containsString("1 sub-unit ditiadakan")));
	}

	private void cancel(UnitView unit, Long version, String reason) {
		this.fixtures.as("bkpsdm", () -> this.cancellation
			.cancel(new CancelRollCall(unit.code(), TUESDAY, Session.MORNING, version, reason)));
	}

	private static BoardView.Row row(BoardView view, UnitView unit) {
		return view.rows().stream().filter((r) -> r.unit().id() == unit.id()).findFirst().orElseThrow();
	}

}
