package id.siapel.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import id.siapel.attendance.RollCallSheet.Access;
import id.siapel.attendance.RollCallSheet.SheetState;
import id.siapel.calendar.ApelTimes;
import id.siapel.calendar.UnitCalendar;

/**
 * When a sheet may be changed, and by whom (product.md §2, Roll call): no sheet on a
 * non-working day, none for a future day or a session that has not started; the OPD head
 * may change it until the edit window closes; after that only HR and ADMIN, with a
 * reason. Plain Java: the caller supplies the calendar, the policy and the time.
 */
final class SheetRules {

	private SheetRules() {
	}

	/**
	 * @param canWrite the reader may write sheets of this unit at all (UNIT_HEAD in
	 * scope, HR, ADMIN)
	 * @param corrector the reader may correct after the window (HR, ADMIN)
	 */
	static Access access(LocalDate date, Session session, UnitCalendar calendar, ApelTimes times,
			AttendancePolicy policy, ZonedDateTime now, boolean canWrite, boolean corrector) {
		LocalTime opens = opensAt(session, times, policy);
		if (!calendar.isWorkingDay(date)) {
			return new Access(SheetState.NON_WORKING, false, null, null, opens);
		}
		LocalDate lastDay = lastEditDay(date, calendar, policy);
		Instant closes = lastDay.plusDays(1).atStartOfDay(now.getZone()).toInstant();
		LocalDate today = now.toLocalDate();
		if (date.isAfter(today)) {
			return new Access(SheetState.FUTURE, false, closes, lastDay, opens);
		}
		if (date.equals(today) && now.toLocalTime().isBefore(opens)) {
			return new Access(SheetState.NOT_STARTED, false, closes, lastDay, opens);
		}
		if (!canWrite) {
			return new Access(SheetState.READ_ONLY, false, closes, lastDay, opens);
		}
		if (!now.toInstant().isBefore(closes)) {
			return corrector ? new Access(SheetState.OPEN, true, closes, lastDay, opens)
					: new Access(SheetState.WINDOW_CLOSED, false, closes, lastDay, opens);
		}
		return new Access(SheetState.OPEN, false, closes, lastDay, opens);
	}

	/** The time from which a session of today may be marked. */
	static LocalTime opensAt(Session session, ApelTimes times, AttendancePolicy policy) {
		LocalTime apel = (session == Session.MORNING) ? times.morningApel() : times.eveningApel();
		LocalTime opens = apel.minusMinutes(policy.sessionOpensMinutes());
		// An apel just after midnight minus a long lead would wrap to the evening before.
		return opens.isAfter(apel) ? LocalTime.MIDNIGHT : opens;
	}

	/**
	 * The end of the N-th working day after the sheet's date (N from the policy; 0: the
	 * day itself), in the Pemda's zone.
	 */
	static Instant windowClosesAt(LocalDate date, UnitCalendar calendar, AttendancePolicy policy, ZonedDateTime now) {
		return lastEditDay(date, calendar, policy).plusDays(1).atStartOfDay(now.getZone()).toInstant();
	}

	/** The last day on which an OPD head may still change the sheet. */
	static LocalDate lastEditDay(LocalDate date, UnitCalendar calendar, AttendancePolicy policy) {
		LocalDate last = date;
		for (int i = 0; i < policy.editWindowWorkingDays(); i++) {
			last = calendar.nextWorkingDay(last);
		}
		return last;
	}

	/** The session to open by default: the evening one once it may be marked. */
	static Session defaultSession(ApelTimes times, AttendancePolicy policy, LocalTime now) {
		return now.isBefore(opensAt(Session.EVENING, times, policy)) ? Session.MORNING : Session.EVENING;
	}

}
