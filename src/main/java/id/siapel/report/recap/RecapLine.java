package id.siapel.report.recap;

import java.math.BigDecimal;
import java.math.RoundingMode;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.employee.EmploymentType;

/**
 * One row of a recap: an OPD or an employee.
 *
 * @param code the OPD's unit code, or the employee's NIP
 * @param name the OPD's name, or the employee's name with titles
 * @param unitCode the unit (the OPD itself; for an employee the last unit in the range)
 * @param unitName that unit's name
 * @param employmentType the employee's type ({@code null} for an OPD)
 * @param employees employees counted in the OPD ({@code 0} for an employee row)
 * @param workingDays working days of the unit's calendar in the range up to today (for an
 * employee: of the units the employee belonged to, day by day)
 * @param counts roll calls per status (apel pagi and apel sore), by
 * {@link AttendanceStatus#ordinal()}
 * @param fullDays days unexcused at both roll calls
 * @param minutes minutes late, leaving early or absent from one roll call, as the
 * discipline rules count them
 * @param converted whole days of those minutes (per employee)
 * @param total full days plus converted days
 */
public record RecapLine(String code, String name, String unitCode, String unitName, EmploymentType employmentType,
		int employees, int workingDays, int[] counts, int fullDays, int minutes, int converted, int total) {

	public int count(AttendanceStatus status) {
		return this.counts[status.ordinal()];
	}

	/**
	 * Attendance in percent: the roll calls attended (H, T, PC) of those the employees
	 * had to attend, which are the roll calls held and recorded less those missed with a
	 * valid reason (I, S, C, DL, TB, WFH). A cancelled apel or a sheet nobody submitted
	 * has no records and counts nowhere; only TK lowers the rate.
	 * @return the rate with one decimal (half up), or {@code null} when no roll call had
	 * to be attended
	 */
	public BigDecimal attendanceRate() {
		int attended = count(AttendanceStatus.PRESENT) + count(AttendanceStatus.LATE)
				+ count(AttendanceStatus.EARLY_LEAVE);
		int due = attended + count(AttendanceStatus.UNEXCUSED);
		return (due > 0) ? BigDecimal.valueOf(100L * attended).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP)
				: null;
	}

	/** The value of a count column. */
	public int number(RecapColumn column) {
		if (column.status() != null) {
			return count(column.status());
		}
		return switch (column) {
			case EMPLOYEES -> this.employees;
			case WORKING_DAYS -> this.workingDays;
			case FULL_DAYS -> this.fullDays;
			case MINUTES -> this.minutes;
			case CONVERTED -> this.converted;
			case TOTAL -> this.total;
			default -> throw new IllegalArgumentException(column + " is not a count");
		};
	}

}
