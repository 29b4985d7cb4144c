package id.siapel.report.board;

import java.time.LocalDate;
import java.util.List;

import id.siapel.organization.UnitView;

/**
 * The charts of unexcused absence over a date range (issue 7), each with the numbers the
 * page also shows as a table.
 *
 * @param from first day
 * @param to last day (not after today)
 * @param weeks full unexcused days per week (weeks start on Monday)
 * @param ranking OPDs by unexcused rate, highest first
 * @param holidays the first working day after each holiday block in the range
 * @param ordinary the ordinary days compared with them, all together
 */
record ChartsView(LocalDate from, LocalDate to, List<Week> weeks, List<OpdRate> ranking, List<HolidayDay> holidays,
		DayCounts ordinary) {

	/** The same with {@link #ordinary} summed over the holiday days. */
	ChartsView withOrdinary() {
		DayCounts sum = DayCounts.ZERO;
		for (HolidayDay day : this.holidays) {
			sum = sum.plus(day.ordinary());
		}
		return new ChartsView(this.from, this.to, this.weeks, this.ranking, this.holidays, sum);
	}

	/** Full unexcused days in the week starting on {@code monday}. */
	record Week(LocalDate monday, int fullDays) {
	}

	/**
	 * @param unit the OPD
	 * @param fullDays full unexcused days in the range
	 * @param personDays working days of its employees in the range
	 */
	record OpdRate(UnitView unit, int fullDays, long personDays) {

		/** Full unexcused days per 100 working days of its employees. */
		public Double rate() {
			return (this.personDays > 0) ? 100.0 * this.fullDays / this.personDays : null;
		}

	}

	/**
	 * @param block the holiday block
	 * @param day the first working day after it
	 * @param counts the apel pagi that day
	 * @param ordinary the apel pagi on its ordinary days (same weekday one and two weeks
	 * around)
	 */
	record HolidayDay(HolidayBlocks.Block block, LocalDate day, DayCounts counts, DayCounts ordinary) {
	}

	/**
	 * Apel pagi records of some days.
	 *
	 * @param recorded records
	 * @param unexcused TK
	 * @param sickOrPermission S and I
	 */
	record DayCounts(int recorded, int unexcused, int sickOrPermission) {

		static final DayCounts ZERO = new DayCounts(0, 0, 0);

		DayCounts plus(DayCounts o) {
			return new DayCounts(this.recorded + o.recorded, this.unexcused + o.unexcused,
					this.sickOrPermission + o.sickOrPermission);
		}

		public Double unexcusedRate() {
			return (this.recorded > 0) ? 100.0 * this.unexcused / this.recorded : null;
		}

		public Double sickOrPermissionRate() {
			return (this.recorded > 0) ? 100.0 * this.sickOrPermission / this.recorded : null;
		}

	}

}
