package id.siapel.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.siapel.attendance.AttendanceLoader;
import id.siapel.attendance.AttendanceLoader.LoadedLeave;
import id.siapel.attendance.AttendanceLoader.LoadedRecord;
import id.siapel.attendance.AttendanceLoader.LoadedSheet;
import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.EntrySource;
import id.siapel.attendance.LeaveType;
import id.siapel.attendance.Session;
import id.siapel.calendar.ApelTimes;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.discipline.DisciplineRebuild;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.EmployeeDirectory.AssignmentSpan;
import id.siapel.employee.Sex;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.report.RecapSummaries;
import id.siapel.shared.LongerStatements;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo regency's roll calls from 1 January to today: every OPD's apel pagi and apel
 * sore on its working days, and on the days an OPD does not work those of its sub-units
 * that do (the six-day Puskesmas and primary schools of five-day Dinas on Saturdays), a
 * few never submitted; everyone's status drawn by {@link DemoAbsence}, registered leave,
 * travel, study and maternity leave prefilling their days, today's sessions submitted by
 * most OPDs once their apel is past; then the standings and flags counted from it. Bulk
 * writes through the attendance module's loader, one month per statement batch.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class DemoHistory {

	/** OPD sessions never submitted, out of a thousand. */
	static final int MISSING_PER_MILLE = 12;

	private final LongerStatements longer;

	private final Units units;

	private final EmployeeDirectory employees;

	private final WorkCalendars calendars;

	private final AttendanceLoader loader;

	private final DisciplineRebuild rebuild;

	private final RecapSummaries recaps;

	private final Clock clock;

	@Transactional
	public void load() {
		this.longer.forJob();
		long start = System.nanoTime();
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		LocalDate today = now.toLocalDate();
		LocalDate from = today.withDayOfYear(1);
		UnitTree tree = this.units.tree();
		WorkCalendar calendar = this.calendars.current();
		List<AssignmentSpan> spans = this.employees.assignmentsOverlapping(from, today);
		Map<Long, Long> opdOf = new HashMap<>();
		for (UnitView opd : tree.opds()) {
			tree.subtreeIds(opd.id()).forEach((id) -> opdOf.put(id, opd.id()));
		}
		Set<Long> heads = new HashSet<>();
		tree.opds().forEach((opd) -> {
			if (opd.headEmployeeId() != null) {
				heads.add(opd.headEmployeeId());
			}
		});
		List<LoadedLeave> leaves = leaves(spans, from, today);
		this.loader.loadLeaves(leaves, this.clock.instant(), "demo");
		Map<Long, List<LoadedLeave>> leavesOf = new HashMap<>();
		leaves.forEach((leave) -> leavesOf.computeIfAbsent(leave.employeeId(), (k) -> new ArrayList<>()).add(leave));

		List<LocalDate[]> months = new ArrayList<>();
		for (LocalDate first = from; !first.isAfter(today); first = first.plusMonths(1).withDayOfMonth(1)) {
			LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
			months.add(new LocalDate[] { first, last.isAfter(today) ? today : last });
		}
		int[] records = { 0 };
		long[] copying = { 0 };
		long[] waiting = { 0 };
		// The months are drawn on a thread of their own, one month ahead of the one
		// being copied: the drawing is plain Java over immutable views (the unit tree,
		// the calendar, the assignments), so it runs on the second core while PostgreSQL
		// takes in the month before, instead of both waiting for each other.
		ExecutorService drawer = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "demo-history-drawing");
			thread.setDaemon(true);
			return thread;
		});
		// Into an empty table the records go in without its secondary indexes, which are
		// built once over the whole year afterwards, before the standings are counted.
		try {
			this.loader.withIndexesBuiltAfter(() -> {
				Future<List<LoadedSheet>> next = drawer
					.submit(() -> month(months.get(0), now, tree, calendar, spans, opdOf, heads, leavesOf));
				for (int i = 0; i < months.size(); i++) {
					long waitStart = System.nanoTime();
					List<LoadedSheet> month = drawn(next);
					waiting[0] += System.nanoTime() - waitStart;
					if (i + 1 < months.size()) {
						LocalDate[] following = months.get(i + 1);
						next = drawer
							.submit(() -> month(following, now, tree, calendar, spans, opdOf, heads, leavesOf));
					}
					long copyStart = System.nanoTime();
					records[0] += this.loader.loadSubmitted(month);
					copying[0] += System.nanoTime() - copyStart;
				}
			});
		}
		finally {
			drawer.shutdownNow();
		}
		long loaded = System.nanoTime();
		this.rebuild.rebuild(from, today, now);
		long rebuilt = System.nanoTime();
		this.recaps.rebuild(from, today);
		log.info(
				"Demo roll-call history {} – {} loaded: {} records, {} registered absences in {} ms (of which "
						+ "writing {} ms, waiting for the drawing {} ms, the rest mostly building the "
						+ "indexes); standings and flags counted in {} ms, monthly recaps in {} ms",
				from, today, records[0], leaves.size(), (loaded - start) / 1_000_000, copying[0] / 1_000_000,
				waiting[0] / 1_000_000, (rebuilt - loaded) / 1_000_000, (System.nanoTime() - rebuilt) / 1_000_000);
	}

	/** The sheets of the days of one month up to now (a month is {first, last}). */
	private List<LoadedSheet> month(LocalDate[] month, ZonedDateTime now, UnitTree tree, WorkCalendar calendar,
			List<AssignmentSpan> spans, Map<Long, Long> opdOf, Set<Long> heads, Map<Long, List<LoadedLeave>> leavesOf) {
		LocalDate today = now.toLocalDate();
		List<LoadedSheet> sheets = new ArrayList<>();
		for (LocalDate day = month[0]; !day.isAfter(month[1]); day = day.plusDays(1)) {
			ApelTimes times = calendar.apelTimesOn(day);
			for (Session session : Session.values()) {
				LocalTime apel = (session == Session.MORNING) ? times.morningApel() : times.eveningApel();
				if (day.equals(today) && now.toLocalTime().isBefore(apel.plusMinutes(30))) {
					continue;
				}
				sheets.addAll(sheets(day, session, apel, tree, calendar, spans, opdOf, heads, leavesOf, today));
			}
		}
		return sheets;
	}

	private static List<LoadedSheet> drawn(Future<List<LoadedSheet>> month) {
		try {
			return month.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while drawing the demo history", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Drawing the demo history failed", ex.getCause());
		}
	}

	private List<LoadedSheet> sheets(LocalDate day, Session session, LocalTime apel, UnitTree tree,
			WorkCalendar calendar, List<AssignmentSpan> spans, Map<Long, Long> opdOf, Set<Long> heads,
			Map<Long, List<LoadedLeave>> leavesOf, LocalDate today) {
		// Whose sheet carries each unit's people that day: the OPD's when the OPD holds
		// apel; on a day the OPD does not work (a five-day Dinas on a Saturday), each
		// working sub-unit's own (the six-day Puskesmas and primary schools).
		Map<Long, Long> sheetOf = new HashMap<>();
		Map<Long, UnitView> sheetOpd = new HashMap<>();
		Map<Long, Integer> sheetsOfOpd = new HashMap<>();
		List<UnitView> sheetUnits = new ArrayList<>();
		for (UnitView opd : tree.opds()) {
			if (calendar.forUnit(opd.id()).isWorkingDay(day)) {
				if (calendar.forUnit(opd.id()).isApelDay(day)) {
					sheetUnits.add(opd);
					sheetOpd.put(opd.id(), opd);
					sheetsOfOpd.put(opd.id(), 1);
				}
				continue;
			}
			List<UnitView> working = calendar.workingSubUnits(opd.id(), day);
			for (UnitView subUnit : working) {
				sheetUnits.add(subUnit);
				sheetOpd.put(subUnit.id(), opd);
				sheetsOfOpd.put(subUnit.id(), working.size());
				tree.subtreeIds(subUnit.id()).forEach((id) -> sheetOf.put(id, subUnit.id()));
			}
		}
		Map<Long, List<LoadedRecord>> bySheet = new HashMap<>();
		// Per unit and day, not per employee: a regency has a few hundred units.
		Map<Long, Boolean> apelDay = new HashMap<>();
		Map<Long, Boolean> afterHoliday = new HashMap<>();
		for (AssignmentSpan span : spans) {
			if (!span.covers(day)) {
				continue;
			}
			if (!apelDay.computeIfAbsent(span.unitId(), (unit) -> calendar.forUnit(unit).isApelDay(day))) {
				continue;
			}
			Long sheet = sheetOf.getOrDefault(span.unitId(), opdOf.get(span.unitId()));
			if (sheet == null) {
				continue;
			}
			boolean after = afterHoliday.computeIfAbsent(span.unitId(),
					(unit) -> calendar.forUnit(unit).adjacency(day).firstAfterHoliday());
			bySheet.computeIfAbsent(sheet, (k) -> new ArrayList<>())
				.add(record(span, day, session, after, heads.contains(span.employeeId()), leavesOf));
		}
		List<LoadedSheet> sheets = new ArrayList<>();
		for (UnitView unit : sheetUnits) {
			List<LoadedRecord> records = bySheet.get(unit.id());
			if (records == null || missing(unit.id(), day, session, today, sheetsOfOpd.get(unit.id()))) {
				continue;
			}
			double delay = DemoAbsence.uniform(unit.id(), day.toEpochDay(), 21 + session.ordinal());
			sheets.add(new LoadedSheet(unit.id(), day, session,
					day.atTime(apel).plusMinutes(5 + (long) (delay * 50)).atZone(this.clock.getZone()).toInstant(),
					DemoRegencyLoader.username(sheetOpd.get(unit.id()).code()), records));
		}
		return sheets;
	}

	private static LoadedRecord record(AssignmentSpan span, LocalDate day, Session session, boolean afterHoliday,
			boolean head, Map<Long, List<LoadedLeave>> leavesOf) {
		for (LoadedLeave leave : leavesOf.getOrDefault(span.employeeId(), List.of())) {
			if (!day.isBefore(leave.start()) && !day.isAfter(leave.end())) {
				return new LoadedRecord(span.employeeId(), span.unitId(), leave.type().status(), null,
						EntrySource.LEAVE);
			}
		}
		AttendanceStatus status = DemoAbsence.status(span.employeeId(), day, session, afterHoliday, head);
		Integer minutes = status.needsMinutes() ? DemoAbsence.minutes(span.employeeId(), day, session) : null;
		return new LoadedRecord(span.employeeId(), span.unitId(), status, minutes,
				(status == AttendanceStatus.PRESENT) ? EntrySource.DEFAULT : EntrySource.MARKED);
	}

	/**
	 * A few sessions no sheet was submitted for (ROLL_CALL_MISSING); today only those of
	 * some OPDs, so that the compliance board has work. The sub-units that hold apel on
	 * their own on a day their OPD does not work share the OPD's odds, so that the OPD
	 * misses about as often as any other.
	 */
	private static boolean missing(long unitId, LocalDate day, Session session, LocalDate today, int sheetsOfOpd) {
		double u = DemoAbsence.uniform(unitId, day.toEpochDay(), 31 + session.ordinal());
		return u < (day.equals(today) ? 0.2 : MISSING_PER_MILLE / 1000.0 / sheetsOfOpd);
	}

	/**
	 * Registered absences: annual leave for about a third of the staff, official travel
	 * for some, a few on study assignment all year, maternity leave for some women, sick
	 * leave for a few; never overlapping for one person.
	 */
	static List<LoadedLeave> leaves(List<AssignmentSpan> spans, LocalDate from, LocalDate to) {
		List<LoadedLeave> leaves = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		int year = from.getYear();
		for (AssignmentSpan span : spans) {
			long id = span.employeeId();
			if (!seen.add(id)) {
				continue;
			}
			if (DemoAbsence.uniform(id, 0, 41) < 0.003) {
				leaves.add(new LoadedLeave(id, LeaveType.STUDY, from, LocalDate.of(year, 12, 31),
						"SK Bupati 800.1.11/" + (id % 90 + 10) + "/BKPSDM/" + (year - 1)));
				continue;
			}
			if (span.sex() == Sex.F && DemoAbsence.uniform(id, 0, 42) < 0.01) {
				LocalDate start = weekday(
						LocalDate.of(year, 1, 15).plusDays((long) (DemoAbsence.uniform(id, 0, 43) * 200)));
				leaves.add(new LoadedLeave(id, LeaveType.MATERNITY_LEAVE, start, start.plusMonths(3).minusDays(1),
						"Cuti melahirkan 851/" + (id % 400 + 1)));
				continue;
			}
			// Annual leave in the first half or second half, travel in the other.
			boolean leaveFirst = DemoAbsence.uniform(id, 0, 44) < 0.5;
			if (DemoAbsence.uniform(id, 0, 45) < 0.33) {
				LocalDate start = weekday(LocalDate.of(year, leaveFirst ? 2 : 8, 1)
					.plusDays((long) (DemoAbsence.uniform(id, 0, 46) * 120)));
				leaves.add(new LoadedLeave(id, LeaveType.ANNUAL_LEAVE, start,
						start.plusDays(2 + (long) (DemoAbsence.uniform(id, 0, 47) * 6)),
						"Izin cuti 851/" + (id % 700 + 1)));
			}
			if (DemoAbsence.uniform(id, 0, 48) < 0.15) {
				LocalDate start = weekday(LocalDate.of(year, leaveFirst ? 8 : 2, 1)
					.plusDays((long) (DemoAbsence.uniform(id, 0, 49) * 120)));
				leaves.add(new LoadedLeave(id, LeaveType.OFFICIAL_TRAVEL, start,
						start.plusDays(1 + (long) (DemoAbsence.uniform(id, 0, 50) * 3)),
						"Surat tugas 094/" + (id % 500 + 1)));
			}
			else if (DemoAbsence.uniform(id, 0, 51) < 0.005) {
				LocalDate start = weekday(LocalDate.of(year, leaveFirst ? 9 : 3, 1)
					.plusDays((long) (DemoAbsence.uniform(id, 0, 52) * 60)));
				leaves.add(new LoadedLeave(id, LeaveType.SICK_LEAVE, start, start.plusDays(13),
						"Surat keterangan dokter RSUD Sukamaju"));
			}
		}
		leaves.removeIf((leave) -> leave.start().isAfter(to.plusMonths(2)));
		return leaves;
	}

	private static LocalDate weekday(LocalDate day) {
		LocalDate d = day;
		while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
			d = d.plusDays(1);
		}
		return d;
	}

}
