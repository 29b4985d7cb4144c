package id.siapel.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.siapel.employee.EmployeeDirectory.AssignmentSpan;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.Sex;
import id.siapel.organization.UnitScope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first day of a leave range on which the employee is not a unit head's staff, from
 * their dated assignments ([from, to), {@code null}: open).
 */
class LeaveRangeTests {

	static final long OWN = 1;

	static final long BELOW = 2;

	static final long OTHER = 3;

	static final UnitScope HEAD = new UnitScope(false, Set.of(OWN, BELOW), Set.of(OWN));

	static final LocalDate START = LocalDate.of(2025, 5, 26);

	static final LocalDate END = LocalDate.of(2025, 6, 6);

	static final LocalDate MOVE = LocalDate.of(2025, 6, 2);

	@Test
	void staffOnEveryDayWhetherTheAssignmentIsOpenOrEndsAfterTheRange() {
		assertThat(outside(span(OWN, null, null))).isNull();
		assertThat(outside(span(OWN, LocalDate.of(2020, 1, 2), END.plusDays(1)))).isNull();
		// A move between the head's own units keeps the employee theirs.
		assertThat(outside(span(OWN, null, MOVE), span(BELOW, MOVE, null))).isNull();
	}

	@Test
	void theFirstDayInAnotherOpdOrInNoUnit() {
		assertThat(outside(span(OWN, null, MOVE), span(OTHER, MOVE, null))).isEqualTo(MOVE);
		assertThat(outside(span(OWN, null, MOVE))).as("departed").isEqualTo(MOVE);
		assertThat(outside(span(OWN, null, END))).as("the last day").isEqualTo(END);
		assertThat(outside(span(OWN, null, MOVE), span(OWN, MOVE.plusDays(2), null))).as("a gap").isEqualTo(MOVE);
	}

	@Test
	void theFirstDayItselfWhenTheEmployeeJoinsLater() {
		assertThat(outside(span(OTHER, null, MOVE), span(OWN, MOVE, null))).isEqualTo(START);
		assertThat(outside(span(OWN, MOVE, null))).isEqualTo(START);
		assertThat(outside()).isEqualTo(START);
	}

	private static LocalDate outside(AssignmentSpan... spans) {
		return Leaves.firstDayOutside(List.of(spans), HEAD, START, END);
	}

	private static AssignmentSpan span(long unitId, LocalDate from, LocalDate to) {
		return new AssignmentSpan(42, unitId, from, to, Sex.F, EmploymentType.PNS);
	}

}
