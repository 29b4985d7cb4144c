package id.siapel.report.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.organization.UnitView;

/**
 * Attendance on the first working day after a holiday block (issue 7), per OPD and per
 * employee who was not present, with the same OPDs on ordinary days for comparison.
 *
 * @param block the holiday block
 * @param day the Pemda-wide first working day after it
 * @param opds one line per OPD in the reader's scope
 * @param totals the sum of the lines
 * @param ordinaryTotals the sum of the lines' ordinary days
 * @param absentees everyone not present at one of the two roll calls, by OPD and name
 * @param comparisonDays the ordinary days the comparison is made with
 * @param generatedAt when it was read
 */
record AfterHolidayView(HolidayBlocks.Block block, LocalDate day, List<OpdLine> opds, Counts totals,
		Counts ordinaryTotals, List<Absentee> absentees, List<LocalDate> comparisonDays, Instant generatedAt) {

	/** Absentees per table of the printed report. */
	static final int PRINTED_BLOCK = 40;

	/**
	 * The absentees cut into blocks, each printed as a table of its own with its header:
	 * openhtmltopdf lays out one table of hundreds of rows in super-linear time (784
	 * absentees after Lebaran in a 15,000-person regency took 2.6-4.4 s, issue 15), a
	 * series of small tables in linear time.
	 */
	public List<AbsenteeBlock> printedBlocks() {
		List<AbsenteeBlock> blocks = new java.util.ArrayList<>();
		for (int from = 0; from < this.absentees.size(); from += PRINTED_BLOCK) {
			blocks.add(new AbsenteeBlock(from,
					this.absentees.subList(from, Math.min(from + PRINTED_BLOCK, this.absentees.size()))));
		}
		return blocks;
	}

	/**
	 * Absentees printed in one table.
	 *
	 * @param before how many come before them (for the running number)
	 * @param absentees the block
	 */
	record AbsenteeBlock(int before, List<Absentee> absentees) {
	}

	/**
	 * One OPD.
	 *
	 * @param unit the OPD
	 * @param day its first working day after the block (differs from the Pemda-wide one
	 * for a six-day OPD or a regional holiday)
	 * @param counts its numbers that day
	 * @param ordinary its numbers on the ordinary days, or {@code null} without records
	 */
	record OpdLine(UnitView unit, LocalDate day, Counts counts, Counts ordinary) {

		public boolean otherDay(LocalDate pemdaDay) {
			return !this.day.equals(pemdaDay);
		}

	}

	/**
	 * Counts of one day, by apel pagi status (apel sore where the morning is missing).
	 *
	 * @param total people on the sheets that day
	 * @param recorded with a record
	 * @param present present, late or leaving early
	 * @param unexcused TK
	 * @param fullDayUnexcused TK at both roll calls
	 * @param sick S
	 * @param permission I
	 * @param leave C
	 * @param other DL, TB, WFH
	 */
	record Counts(int total, int recorded, int present, int unexcused, int fullDayUnexcused, int sick, int permission,
			int leave, int other) {

		static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

		Counts plus(Counts o) {
			return new Counts(this.total + o.total, this.recorded + o.recorded, this.present + o.present,
					this.unexcused + o.unexcused, this.fullDayUnexcused + o.fullDayUnexcused, this.sick + o.sick,
					this.permission + o.permission, this.leave + o.leave, this.other + o.other);
		}

		/** Present of recorded, in percent; {@code null} without records. */
		public Double rate() {
			return (this.recorded > 0) ? 100.0 * this.present / this.recorded : null;
		}

		/** Unexcused of recorded, in percent. */
		public Double unexcusedRate() {
			return (this.recorded > 0) ? 100.0 * this.unexcused / this.recorded : null;
		}

		public int notRecorded() {
			return Math.max(0, this.total - this.recorded);
		}

	}

	/**
	 * One employee not present.
	 *
	 * @param nip NIP
	 * @param name name with titles
	 * @param opd the OPD
	 * @param unitName the unit that day
	 * @param morning apel pagi status, or {@code null} without a record
	 * @param evening apel sore status, or {@code null}
	 * @param note the note of the morning (else evening) record
	 */
	record Absentee(String nip, String name, UnitView opd, String unitName, AttendanceStatus morning,
			AttendanceStatus evening, String note) {

	}

}
