package id.siapel.discipline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.siapel.attendance.AttendanceStatus;

/**
 * An employee's year day by day: what the two roll calls recorded and what the day
 * counted.
 *
 * @param year the year
 * @param months January to December
 */
public record YearCalendar(int year, List<Month> months) {

	/** One month, Monday-first. */
	public record Month(YearMonth month, List<Day> days) {

		public int leadingBlanks() {
			return this.month.atDay(1).getDayOfWeek().getValue() - 1;
		}

	}

	/**
	 * @param date the day
	 * @param working a working day of the employee's unit
	 * @param names holiday or dispensation names
	 * @param morning apel pagi, or {@code null}
	 * @param evening apel sore, or {@code null}
	 * @param outcome what the day counted
	 */
	public record Day(LocalDate date, boolean working, List<String> names, AttendanceStatus morning,
			AttendanceStatus evening, Outcome outcome) {
	}

	/** What a day counted. */
	public enum Outcome {

		/** Nothing recorded or not a working day. */
		NONE,
		/** Present (possibly late) or a valid reason all day. */
		CLEAR,
		/** Minutes: lateness, early leave, or one session without a valid reason. */
		MINUTES,
		/** A full day without a valid reason. */
		UNEXCUSED

	}

}
