package id.siapel.report.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import id.siapel.calendar.ApelTimes;
import id.siapel.calendar.CalendarDay;
import id.siapel.organization.UnitView;

/**
 * The compliance board of one day: every OPD in the reader's scope with the state of its
 * apel pagi and apel sore, those that need attention first.
 *
 * @param date the day
 * @param live whether it is today (the page refreshes itself)
 * @param generatedAt when the numbers were read
 * @param zone the Pemda's time zone
 * @param times the apel times and cut-offs of the day
 * @param rows one per OPD, the ones missing a sheet after the cut-off first
 * @param morning the apel pagi totals
 * @param evening the apel sore totals
 */
record BoardView(LocalDate date, boolean live, Instant generatedAt, ZoneId zone, ApelTimes times, List<Row> rows,
		Summary morning, Summary evening) {

	/** A moment as a time of day in the Pemda's zone. */
	public LocalTime timeOf(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).toLocalTime() : null;
	}

	/**
	 * One OPD.
	 *
	 * @param unit the OPD
	 * @param day what the calendar says of the day for the OPD itself
	 * @param working the OPD or some of its sub-units work that day
	 * @param apelRequired some of its working units hold apel (no dispensation)
	 * @param subUnitsOnly the OPD itself does not work: how many of its sub-units do,
	 * each on its own sheet (the six-day Puskesmas of a five-day Dinas on a Saturday);
	 * else 0
	 * @param morning its apel pagi
	 * @param evening its apel sore
	 * @param attention a session is missing or incomplete after its cut-off
	 */
	record Row(UnitView unit, CalendarDay day, boolean working, boolean apelRequired, int subUnitsOnly, Cell morning,
			Cell evening, boolean attention) {

		public boolean missing() {
			return this.morning.state() == State.MISSING || this.evening.state() == State.MISSING;
		}

	}

	/**
	 * One session of one OPD.
	 *
	 * @param state where it stands
	 * @param submittedAt the first submission of a sheet of the OPD (or of one of its
	 * sub-units), or {@code null}
	 * @param submittedBy who made it (full name)
	 * @param sheets how many sheets of the OPD and its sub-units were submitted
	 * @param total the people on the OPD's sheets that day
	 * @param recorded how many of them have a record
	 * @param present present, late or leaving early
	 * @param unexcused without a valid reason
	 * @param late submitted after the cut-off
	 * @param cancelReason why the apel did not take place (state {@code CANCELLED}; then
	 * {@code submittedAt} and {@code submittedBy} say when and by whom it was recorded),
	 * else {@code null}
	 * @param cancelledSubUnits how many sub-units of the OPD had this apel cancelled
	 * (their people are not counted in {@code total})
	 */
	record Cell(State state, Instant submittedAt, String submittedBy, int sheets, int total, int recorded, int present,
			int unexcused, boolean late, String cancelReason, int cancelledSubUnits) {

		public boolean hasRecords() {
			return this.recorded > 0;
		}

	}

	/** Where a session of an OPD stands. */
	enum State {

		/** Everyone on the sheet has a record. */
		COMPLETE,
		/** Some sub-units have submitted, others not. */
		PARTIAL,
		/** Nothing submitted and the cut-off has passed. */
		MISSING,
		/** Nothing submitted yet, before the cut-off. */
		WAITING,
		/** A working day with a dispensation: apel is not required. */
		DISPENSATION,
		/**
		 * Not a working day of the OPD nor of any of its sub-units (holiday, weekend of a
		 * five-day unit).
		 */
		NON_WORKING,
		/** Nobody is assigned to the OPD that day. */
		NO_STAFF,
		/**
		 * The apel did not take place ("apel ditiadakan": heavy rain, a regency
		 * ceremony); reported, nobody counted.
		 */
		CANCELLED

	}

	/**
	 * @param required OPDs that must hold this apel
	 * @param complete of them, fully submitted
	 * @param partial partly submitted
	 * @param missing with nothing after the cut-off
	 * @param cancelled whose apel did not take place (reported, not missing)
	 */
	record Summary(int required, int complete, int partial, int missing, int cancelled) {

		Summary(int required, int complete, int partial, int missing) {
			this(required, complete, partial, missing, 0);
		}

	}

}
