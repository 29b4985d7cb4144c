package id.siapel.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.siapel.calendar.CalendarDay;
import id.siapel.organization.UnitView;

/**
 * A roll-call sheet as its reader sees it: everyone of the unit and its sub-units on that
 * day, grouped by sub-unit, each with the stored status or, before anyone submitted, the
 * prefilled one.
 *
 * @param unit the unit of the sheet
 * @param date the day
 * @param session the session
 * @param day what the calendar says of the day for this unit (working, apel required,
 * holiday names)
 * @param submitted whether the sheet has been submitted
 * @param submittedAt when it was first submitted
 * @param submittedBy who first submitted it
 * @param updatedAt when it was last saved
 * @param updatedBy who last saved it
 * @param version the version to send back with a change (0 before the first submission)
 * @param groups the employees by unit, the sheet's own unit first, then its sub-units in
 * tree order
 * @param counts the running count
 * @param access whether and how the reader may change it
 * @param workingSubUnits on a day the unit does not work: the highest units below it that
 * do (the six-day Puskesmas of a five-day Dinas on a Saturday), each holding apel on its
 * own sheet; empty on the unit's working days
 * @param cancellation the cancellation that covers this sheet ("apel ditiadakan": its
 * own, or one of a unit above it), or {@code null}; a cancelled sheet has nobody on it
 * @param cancelledBelow cancellations of units below this one that day and session: their
 * people are not on this sheet
 */
public record RollCallSheet(UnitView unit, LocalDate date, Session session, CalendarDay day, boolean submitted,
		Instant submittedAt, String submittedBy, Instant updatedAt, String updatedBy, long version, List<Group> groups,
		Counts counts, Access access, List<SubUnitSheet> workingSubUnits, Cancellation cancellation,
		List<Cancellation> cancelledBelow) {

	public List<Entry> entries() {
		return this.groups.stream().flatMap((group) -> group.entries().stream()).toList();
	}

	public boolean cancelled() {
		return this.cancellation != null;
	}

	/** Whether the reader may cancel this apel now (the same rule as changing it). */
	public boolean cancellable() {
		return this.cancellation == null && this.access.editable();
	}

	/**
	 * A cancelled roll call as the reader of a sheet sees it.
	 *
	 * @param unit the unit whose apel was cancelled (this sheet's, or one above it)
	 * @param reason why it did not take place
	 * @param cancelledBy who recorded it (username)
	 * @param cancelledAt when
	 * @param own whether it is this sheet's own cancellation (only that one is withdrawn
	 * here)
	 * @param restorable whether the reader may withdraw it now (the same rule as changing
	 * the sheet)
	 * @param reasonRequired withdrawing it needs a reason (HR or ADMIN after the edit
	 * window)
	 */
	public record Cancellation(UnitView unit, String reason, String cancelledBy, Instant cancelledAt, boolean own,
			boolean restorable, boolean reasonRequired) {
	}

	/**
	 * How many lines carry each status, in the order of the codes (H, T, PC, I, …), for
	 * "Hadir 1.597 · TK 3".
	 */
	public java.util.Map<AttendanceStatus, Integer> statusCounts() {
		java.util.Map<AttendanceStatus, Integer> counts = new java.util.EnumMap<>(AttendanceStatus.class);
		for (Group group : this.groups) {
			for (Entry entry : group.entries()) {
				counts.merge(entry.status(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/**
	 * A sub-unit that works on a day its unit does not, and its own sheet of the session.
	 *
	 * @param unit the sub-unit
	 * @param people the people on its sheet (those of it and of its own working
	 * sub-units)
	 * @param recorded how many of them have a record of the session
	 * @param submitted whether its own sheet has been submitted
	 */
	public record SubUnitSheet(UnitView unit, int people, int recorded, boolean submitted) {
	}

	/** The employees of one unit on the sheet. */
	public record Group(UnitView unit, int depth, List<Entry> entries) {
	}

	/** One employee's line. */
	public record Entry(long employeeId, String nip, String name, String position, long unitId, AttendanceStatus status,
			Integer minutes, String note, EntrySource source) {

		/**
		 * The value as shown, to detect on saving whether someone else changed it
		 * meanwhile.
		 */
		public String shown() {
			return this.status.name() + "~" + ((this.minutes != null) ? this.minutes : "") + "~"
					+ ((this.note != null) ? this.note : "");
		}

	}

	/**
	 * "Hadir 37 dari 40".
	 *
	 * @param total everyone on the sheet
	 * @param present present, late or leaving early
	 * @param validReason permission, sick, leave, travel, study, remote
	 * @param unexcused without a valid reason
	 */
	public record Counts(int total, int present, int validReason, int unexcused) {

		static Counts of(List<Entry> entries) {
			int present = 0;
			int valid = 0;
			int unexcused = 0;
			for (Entry entry : entries) {
				switch (entry.status().kind()) {
					case PRESENT -> present++;
					case VALID_REASON -> valid++;
					case UNEXCUSED -> unexcused++;
				}
			}
			return new Counts(entries.size(), present, valid, unexcused);
		}

	}

	/**
	 * What the reader may do with the sheet.
	 *
	 * @param state open, or why it is closed
	 * @param reasonRequired a correction after the edit window: HR and ADMIN must give a
	 * reason
	 * @param windowClosesAt when the OPD head's edit window closes
	 * @param lastEditDay the last day on which the OPD head may change it
	 * @param opensAt the time of day from which the session may be marked
	 */
	public record Access(SheetState state, boolean reasonRequired, Instant windowClosesAt, LocalDate lastEditDay,
			java.time.LocalTime opensAt) {

		public boolean editable() {
			return this.state == SheetState.OPEN;
		}

	}

	/** Whether a sheet can be changed now, and if not why. */
	public enum SheetState {

		/** The reader may submit or change it. */
		OPEN,
		/** Not a working day for this unit (holiday, cuti bersama, weekend). */
		NON_WORKING,
		/** A day that has not come yet. */
		FUTURE,
		/** Today, but the session's apel has not started. */
		NOT_STARTED,
		/**
		 * The OPD head's edit window has closed; only HR can correct it, with a reason.
		 */
		WINDOW_CLOSED,
		/** The reader may only look (Sekda). */
		READ_ONLY,
		/**
		 * The apel did not take place ("apel ditiadakan", this unit's or a unit's above
		 * it): nothing to mark until the cancellation is withdrawn.
		 */
		CANCELLED

	}

}
