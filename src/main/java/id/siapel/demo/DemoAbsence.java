package id.siapel.demo;

import java.time.LocalDate;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.Session;

/**
 * What an employee of the demo regency did at a roll call, decided by a hash of the
 * employee and the day (no state, so every day can be generated on its own and the same
 * database always gets the same history). Most people are present; some come late; a few
 * are sick, have permission, or are absent without a reason (more often on the first
 * working day after a holiday block); about one in a hundred is a chronic absentee; a
 * very few disappear for two weeks in a row.
 */
final class DemoAbsence {

	/** Full days without a reason, for an ordinary employee. */
	static final double UNEXCUSED = 0.003;

	/** Unexcused at one of the two roll calls only. */
	static final double HALF_UNEXCUSED = 0.0015;

	static final double SICK = 0.012;

	static final double PERMISSION = 0.005;

	static final double LATE = 0.04;

	static final double EARLY_LEAVE = 0.015;

	/** The first working day after a holiday block: absence multiplies. */
	static final double AFTER_HOLIDAY_FACTOR = 2.5;

	/** Heads of agencies are rarely absent without a reason. */
	static final double HEAD_FACTOR = 0.15;

	private DemoAbsence() {
	}

	/**
	 * The status of an employee at one roll call; {@code minutes} for late/early via
	 * {@link #minutes}.
	 */
	static AttendanceStatus status(long employeeId, LocalDate day, Session session, boolean afterHoliday,
			boolean head) {
		double factor = (afterHoliday ? AFTER_HOLIDAY_FACTOR : 1) * (head ? HEAD_FACTOR : 1);
		if (runaway(employeeId, day)) {
			return AttendanceStatus.UNEXCUSED;
		}
		double unexcused = (head ? UNEXCUSED : UNEXCUSED + chronic(employeeId)) * factor;
		double u = uniform(employeeId, day.toEpochDay(), 1);
		double edge = unexcused;
		if (u < edge) {
			return AttendanceStatus.UNEXCUSED;
		}
		edge += SICK * (afterHoliday ? 1.5 : 1);
		if (u < edge) {
			return AttendanceStatus.SICK;
		}
		edge += PERMISSION;
		if (u < edge) {
			return AttendanceStatus.PERMISSION;
		}
		edge += HALF_UNEXCUSED * factor;
		if (u < edge) {
			// Gone before apel sore, or arrived after apel pagi without a word.
			boolean morning = uniform(employeeId, day.toEpochDay(), 2) < 0.3;
			return (morning == (session == Session.MORNING)) ? AttendanceStatus.UNEXCUSED : AttendanceStatus.PRESENT;
		}
		double v = uniform(employeeId, day.toEpochDay(), 3 + session.ordinal());
		if (session == Session.MORNING && v < LATE) {
			return AttendanceStatus.LATE;
		}
		if (session == Session.EVENING && v < EARLY_LEAVE) {
			return AttendanceStatus.EARLY_LEAVE;
		}
		return AttendanceStatus.PRESENT;
	}

	/** Minutes late (mostly a few, sometimes hours) or leaving early. */
	static int minutes(long employeeId, LocalDate day, Session session) {
		double w = uniform(employeeId, day.toEpochDay(), 7 + session.ordinal());
		return (session == Session.MORNING) ? 5 + (int) (w * w * w * 115) : 15 + (int) (w * w * 105);
	}

	/** About one employee in a hundred is absent without a reason far more often. */
	static double chronic(long employeeId) {
		double u = uniform(employeeId, 0, 11);
		if (u >= 0.01) {
			return 0;
		}
		return 0.03 + (u / 0.01) * 0.1;
	}

	/**
	 * About one employee in a thousand disappears for 16 calendar days (eleven or so
	 * working days in a row: the dismissal rule of PP 94/2021).
	 */
	static boolean runaway(long employeeId, LocalDate day) {
		if (uniform(employeeId, 0, 13) >= 0.001) {
			return false;
		}
		LocalDate start = LocalDate.of(day.getYear(), 2, 1).plusDays((long) (uniform(employeeId, 0, 14) * 240));
		return !day.isBefore(start) && day.isBefore(start.plusDays(16));
	}

	/** A deterministic number in [0, 1) for an employee, a day and a purpose. */
	static double uniform(long employeeId, long day, long purpose) {
		long h = employeeId * 0x9E3779B97F4A7C15L + day * 0xC2B2AE3D27D4EB4FL + purpose * 0x165667B19E3779F9L;
		h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
		h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
		h = h ^ (h >>> 33);
		return (h >>> 11) * 0x1.0p-53;
	}

}
