package id.siapel.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.siapel.organization.UnitView;

/**
 * The classic rekap bulanan: one line per employee, one column per day, the morning and
 * evening codes in each cell, and the month's totals.
 *
 * @param unit the unit (with its sub-units)
 * @param month the month
 * @param days the days of the month with whether the unit works on them
 * @param rows one page of employees
 * @param page page number (0-based)
 * @param size page size
 * @param total employees in all pages
 */
public record MonthGrid(UnitView unit, YearMonth month, List<Column> days, List<Row> rows, int page, int size,
		long total) {

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	/** A day column. */
	public record Column(LocalDate date, boolean working) {
	}

	/**
	 * One employee's month.
	 *
	 * @param nip NIP
	 * @param name name with titles
	 * @param unitCode the employee's unit in the month
	 * @param cells by day of month: the cell, or {@code null} when the employee did not
	 * belong to the unit or nothing was recorded
	 * @param totals counts per status code over both sessions
	 * @param unexcusedDays days with TK at both sessions
	 * @param lateMinutes minutes late or leaving early
	 */
	public record Row(String nip, String name, String unitCode, Map<Integer, Cell> cells,
			Map<AttendanceStatus, Integer> totals, int unexcusedDays, int lateMinutes) {
	}

	/** The two sessions of one day (either may be missing). */
	public record Cell(AttendanceStatus morning, Integer morningMinutes, AttendanceStatus evening,
			Integer eveningMinutes) {
	}

}
