package id.siapel.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.siapel.organization.UnitView;

/**
 * A unit's roll calls of one month, day by day: which sessions were submitted, which are
 * missing, which days are not working days.
 *
 * @param unit the unit
 * @param month the month
 * @param days every day of the month
 */
public record MonthOverview(UnitView unit, YearMonth month, List<Day> days) {

	/** Leading empty cells of a Monday-first month grid. */
	public int leadingBlanks() {
		return this.month.atDay(1).getDayOfWeek().getValue() - 1;
	}

	/**
	 * @param date the day
	 * @param working a working day of the unit or of some of its sub-units (roll calls
	 * are due)
	 * @param subUnitsOnly the unit itself does not work, some of its sub-units do (the
	 * six-day Puskesmas of a five-day Dinas on a Saturday)
	 * @param names holiday, cuti bersama or dispensation names
	 * @param morning state of apel pagi
	 * @param evening state of apel sore
	 * @param morningCancelled why apel pagi did not take place, when it was cancelled
	 * (the unit's or a unit's above it); else {@code null}
	 * @param eveningCancelled the same for apel sore
	 */
	public record Day(LocalDate date, boolean working, boolean subUnitsOnly, List<String> names, SessionState morning,
			SessionState evening, String morningCancelled, String eveningCancelled) {

		public Day(LocalDate date, boolean working, boolean subUnitsOnly, List<String> names, SessionState morning,
				SessionState evening) {
			this(date, working, subUnitsOnly, names, morning, evening, null, null);
		}

	}

	/** What became of one session of one day. */
	public enum SessionState {

		/**
		 * The unit's sheet was submitted, or every employee was covered by sub-unit
		 * sheets.
		 */
		SUBMITTED,
		/** Some employees were covered by sub-unit sheets, not all. */
		PARTIAL,
		/** A past (or today's, after the cut-off) session without any record. */
		MISSING,
		/** Today's session, not yet submitted, cut-off not passed. */
		PENDING,
		/** A day to come. */
		UPCOMING,
		/** A dispensation (REMOTE_WORK) day: apel not required and nothing submitted. */
		NOT_REQUIRED,
		/** Not a working day for the unit nor for any of its sub-units. */
		NON_WORKING,
		/**
		 * The apel did not take place ("apel ditiadakan", the unit's or a unit's above
		 * it): nobody is counted for it.
		 */
		CANCELLED

	}

}
