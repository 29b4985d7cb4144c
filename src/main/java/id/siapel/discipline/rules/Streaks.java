package id.siapel.discipline.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.function.UnaryOperator;

/**
 * Runs of full unexcused days on consecutive working days (PP 94/2021 Pasal 11 ayat (2)
 * huruf d: ten consecutive working days lead to dismissal). Weekends, holidays and cuti
 * bersama lie between working days and neither break nor extend a run; any working day
 * that is not a full unexcused day (present, a valid reason, half a day, a sheet never
 * submitted) breaks it. A run may cross New Year.
 */
public final class Streaks {

	private Streaks() {
	}

	/**
	 * @param unexcusedDays the employee's full unexcused days, sorted
	 * @param nextWorkingDay the working day after a day (of the employee's unit that day)
	 * @return the runs, in order
	 */
	public static List<Run> runs(NavigableSet<LocalDate> unexcusedDays, UnaryOperator<LocalDate> nextWorkingDay) {
		List<Run> runs = new ArrayList<>();
		LocalDate start = null;
		LocalDate last = null;
		int length = 0;
		for (LocalDate day : unexcusedDays) {
			if (last != null && nextWorkingDay.apply(last).equals(day)) {
				length++;
			}
			else {
				if (start != null) {
					runs.add(new Run(start, last, length));
				}
				start = day;
				length = 1;
			}
			last = day;
		}
		if (start != null) {
			runs.add(new Run(start, last, length));
		}
		return runs;
	}

	/**
	 * The longest run that has at least one day in the year (its whole length counts).
	 */
	public static int longestTouching(List<Run> runs, int year) {
		int longest = 0;
		for (Run run : runs) {
			if (run.first().getYear() <= year && run.last().getYear() >= year) {
				longest = Math.max(longest, run.length());
			}
		}
		return longest;
	}

	/**
	 * A run of consecutive unexcused working days.
	 *
	 * @param first first day
	 * @param last last day
	 * @param length working days in it
	 */
	public record Run(LocalDate first, LocalDate last, int length) {
	}

}
