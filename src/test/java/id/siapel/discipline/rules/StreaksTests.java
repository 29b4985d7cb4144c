package id.siapel.discipline.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs of consecutive unexcused working days with a plain Monday–Friday week; the real
 * calendar (holiday blocks of 2025) is covered by DisciplineApiTests.
 */
class StreaksTests {

	static final UnaryOperator<LocalDate> WEEKDAYS = (day) -> {
		LocalDate next = day.plusDays(1);
		while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
			next = next.plusDays(1);
		}
		return next;
	};

	@Test
	void aWeekendNeitherBreaksNorExtendsARun() {
		// Thu 6, Fri 7, Mon 10, Tue 11 March 2025.
		var runs = Streaks.runs(days("2025-03-06", "2025-03-07", "2025-03-10", "2025-03-11"), WEEKDAYS);
		assertThat(runs)
			.containsExactly(new Streaks.Run(LocalDate.parse("2025-03-06"), LocalDate.parse("2025-03-11"), 4));
	}

	@Test
	void aWorkingDayThatIsNotUnexcusedBreaksTheRun() {
		// Wednesday 12 March was a sick day: it is not in the list of unexcused days.
		var runs = Streaks.runs(days("2025-03-10", "2025-03-11", "2025-03-13", "2025-03-14"), WEEKDAYS);
		assertThat(runs).extracting(Streaks.Run::length).containsExactly(2, 2);
	}

	@Test
	void aRunThatCrossesNewYearCountsInBothYears() {
		var runs = Streaks.runs(days("2025-12-29", "2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02"), WEEKDAYS);
		assertThat(Streaks.longestTouching(runs, 2025)).isEqualTo(5);
		assertThat(Streaks.longestTouching(runs, 2026)).isEqualTo(5);
		assertThat(Streaks.longestTouching(runs, 2024)).isZero();
	}

	@Test
	void theLongestOfSeveralRunsIsReported() {
		var runs = Streaks.runs(days("2025-02-03", "2025-02-04", "2025-02-10", "2025-02-11", "2025-02-12"), WEEKDAYS);
		assertThat(Streaks.longestTouching(runs, 2025)).isEqualTo(3);
	}

	private static TreeSet<LocalDate> days(String... days) {
		TreeSet<LocalDate> set = new TreeSet<>();
		List.of(days).forEach((day) -> set.add(LocalDate.parse(day)));
		return set;
	}

}
