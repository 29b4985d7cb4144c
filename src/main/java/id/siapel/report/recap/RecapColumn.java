package id.siapel.report.recap;

import java.util.Arrays;
import java.util.List;

import id.siapel.attendance.AttendanceStatus;

/**
 * The columns of a recap, in display order. The only values a {@code sort} parameter may
 * take: each names its output column in the recap query, so nothing a user types ever
 * reaches the SQL.
 */
public enum RecapColumn {

	NAME("name", null, true, true), UNIT("unit_code", null, false, true), TYPE("employment_type", null, false, true),
	EMPLOYEES("employees", null, true, false), WORKING_DAYS("working_days", null, true, true),
	ATTENDANCE_RATE("attendance_rate", null, true, true), PRESENT("present", AttendanceStatus.PRESENT, true, true),
	LATE("late", AttendanceStatus.LATE, true, true),
	EARLY_LEAVE("early_leave", AttendanceStatus.EARLY_LEAVE, true, true),
	PERMISSION("permission", AttendanceStatus.PERMISSION, true, true), SICK("sick", AttendanceStatus.SICK, true, true),
	LEAVE("on_leave", AttendanceStatus.LEAVE, true, true),
	OFFICIAL_TRAVEL("official_travel", AttendanceStatus.OFFICIAL_TRAVEL, true, true),
	STUDY("study", AttendanceStatus.STUDY, true, true), REMOTE("remote", AttendanceStatus.REMOTE, true, true),
	UNEXCUSED("unexcused", AttendanceStatus.UNEXCUSED, true, true), FULL_DAYS("full_days", null, true, true),
	MINUTES("minutes", null, true, true), CONVERTED("converted", null, true, true), TOTAL("total", null, true, true);

	private final String sql;

	private final AttendanceStatus status;

	private final boolean opd;

	private final boolean employee;

	RecapColumn(String sql, AttendanceStatus status, boolean opd, boolean employee) {
		this.sql = sql;
		this.status = status;
		this.opd = opd;
		this.employee = employee;
	}

	/** The output column of the recap query. */
	String sql() {
		return this.sql;
	}

	/** The status this column counts, or {@code null}. */
	public AttendanceStatus status() {
		return this.status;
	}

	public boolean numeric() {
		return this != NAME && this != UNIT && this != TYPE;
	}

	/**
	 * A percentage with one decimal ({@link RecapLine#attendanceRate()}), not a count.
	 */
	public boolean percentage() {
		return this == ATTENDANCE_RATE;
	}

	/** Message key of the column header. */
	public String messageKey() {
		return (this.status != null) ? "recap.col.status." + this.status.name() : "recap.col." + name();
	}

	boolean appliesTo(RecapLevel level) {
		return (level == RecapLevel.OPD) ? this.opd : this.employee;
	}

	static List<RecapColumn> of(RecapLevel level) {
		return Arrays.stream(values()).filter((column) -> column.appliesTo(level)).toList();
	}

}
