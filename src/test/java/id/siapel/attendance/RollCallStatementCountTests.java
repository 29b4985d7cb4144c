package id.siapel.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.StatementCounter;
import id.siapel.testsupport.StatementCounter.Counted;
import id.siapel.testsupport.TestClock;
import lombok.extern.slf4j.Slf4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading and saving a sheet costs a fixed number of SQL statements whatever the number
 * of employees (issue 5, Efficiency): a 500-person sheet executes exactly as many as a
 * 5-person one, for the first submission and for a correction of 200 lines.
 */
@Slf4j
@SiapelIntegrationTest
class RollCallStatementCountTests {

	static final LocalDate DAY = LocalDate.of(2025, 4, 9);

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCalls rollCalls;

	@Autowired
	RollCallMarking marking;

	@BeforeEach
	void wednesdayMorning() {
		this.clock.set(LocalDateTime.of(2025, 4, 9, 9, 0));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aSheetOf500CostsAsManyStatementsAsASheetOf5() {
		UnitView small = this.fixtures.opd("Dinas Kecil");
		List<String> few = this.fixtures.employees(small.code(), 5, LocalDate.of(2019, 1, 2));
		UnitView large = this.fixtures.opd("Dinas Besar");
		List<String> many = this.fixtures.employees(large.code(), 500, LocalDate.of(2019, 1, 2));

		// The calendar snapshot reloads once after the new units: warm it before
		// counting.
		load(small);
		int loadSmall = load(small).statements();
		Counted<RollCallSheet> loadedLarge = load(large);
		assertThat(loadedLarge.result().entries()).hasSize(500);
		assertThat(loadedLarge.statements()).isEqualTo(loadSmall);

		int submitSmall = submit(small, 0, marks(few, 2)).statements();
		Counted<RollCallSheet> submittedLarge = submit(large, 0, marks(many, 2));
		assertThat(submittedLarge.result().entries()).hasSize(500);
		assertThat(submittedLarge.result().counts().present()).isEqualTo(498);
		assertThat(submittedLarge.statements()).isEqualTo(submitSmall);

		int correctSmall = submit(small, 1, marks(few, 5)).statements();
		Counted<RollCallSheet> correctedLarge = submit(large, 1, marks(many, 200));
		assertThat(correctedLarge.result().counts().unexcused()).isEqualTo(200);
		assertThat(correctedLarge.statements()).isEqualTo(correctSmall);

		log.info("Statements: load {}, first submission {}, correction {} (5 or 500 employees alike)", loadSmall,
				submitSmall, correctSmall);
		// 9, 34 and 33 since issue 12: a save locks the people on the sheet before
		// reading
		// their records (EmployeeDirectory.lockForAttendance), one statement for 5 or
		// 500.
		assertThat(Arrays.asList(loadSmall, submitSmall, correctSmall)).allMatch((n) -> n < 40);
	}

	private Counted<RollCallSheet> load(UnitView unit) {
		return this.fixtures.as("bkpsdm",
				() -> StatementCounter.count(() -> this.rollCalls.sheet(unit.code(), DAY, Session.MORNING)));
	}

	private Counted<RollCallSheet> submit(UnitView unit, long version, List<SubmitRollCall.Mark> marks) {
		return this.fixtures.as("bkpsdm", () -> StatementCounter.count(() -> this.marking
			.submit(new SubmitRollCall(unit.code(), DAY, Session.MORNING, version, null, marks))));
	}

	private static List<SubmitRollCall.Mark> marks(List<String> nips, int unexcused) {
		List<SubmitRollCall.Mark> marks = new ArrayList<>();
		for (int i = 0; i < unexcused; i++) {
			marks.add(new SubmitRollCall.Mark(nips.get(i), AttendanceStatus.UNEXCUSED, null, null, null));
		}
		return marks;
	}

}
