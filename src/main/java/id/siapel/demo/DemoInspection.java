package id.siapel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallSheet;
import id.siapel.attendance.RollCalls;
import id.siapel.attendance.Session;
import id.siapel.calendar.WorkCalendars;
import id.siapel.discipline.Inspections;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Bupati's inspection (sidak) of the Dinas Perhubungan on the first working day after
 * Idul Fitri: it finds absent two people the sheet marks TK, and one the sheet marks
 * present (an INSPECTION_MISMATCH for BKPSDM to look at).
 */
@Component
@RequiredArgsConstructor
class DemoInspection {

	static final String UNIT = "DISHUB";

	private final Units units;

	private final RollCalls rollCalls;

	private final Inspections inspections;

	private final WorkCalendars calendars;

	private final Clock clock;

	@Transactional
	public void load() {
		LocalDate today = LocalDate.now(this.clock);
		UnitView unit = this.units.find(UNIT).orElse(null);
		if (unit == null) {
			return;
		}
		var general = this.calendars.current().general();
		LocalDate day = null;
		for (LocalDate d = today.withDayOfYear(1); d.isBefore(today); d = d.plusDays(1)) {
			if (general.day(d).names().stream().anyMatch((name) -> name.startsWith("Hari Raya Idul Fitri"))) {
				day = general.nextWorkingDay(d);
				break;
			}
		}
		if (day == null || !day.isBefore(today)) {
			return;
		}
		RollCallSheet sheet = this.rollCalls.sheet(UNIT, day, Session.MORNING);
		List<String> absent = new ArrayList<>();
		sheet.entries()
			.stream()
			.filter((entry) -> entry.status() == AttendanceStatus.UNEXCUSED)
			.limit(2)
			.forEach((entry) -> absent.add(entry.nip()));
		sheet.entries()
			.stream()
			.filter((entry) -> entry.status() == AttendanceStatus.PRESENT && !entry.nip().equals(headNip(sheet, unit)))
			.skip(3)
			.findFirst()
			.ifPresent((entry) -> absent.add(entry.nip()));
		this.inspections.record(new Inspections.RecordInspection(UNIT, day, Session.MORNING, LocalTime.of(8, 15), null,
				Inspections.InspectorKind.REGENT, "Bupati Sukamaju bersama Inspektur Daerah",
				"Sidak hari pertama kerja setelah libur Idul Fitri", absent, List.of()));
	}

	private static String headNip(RollCallSheet sheet, UnitView unit) {
		return sheet.entries()
			.stream()
			.filter((entry) -> unit.headEmployeeId() != null && entry.employeeId() == unit.headEmployeeId())
			.map(RollCallSheet.Entry::nip)
			.findFirst()
			.orElse("");
	}

}
