package id.siapel.report.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.attendance.CancelledRollCall;
import id.siapel.attendance.CancelledRollCalls;
import id.siapel.attendance.Session;
import id.siapel.calendar.ApelTimes;
import id.siapel.calendar.UnitCalendar;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.organization.UnitScopes;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.report.OverviewView;
import id.siapel.report.board.BoardView.Cell;
import id.siapel.report.board.BoardView.Row;
import id.siapel.report.board.BoardView.State;
import id.siapel.report.board.BoardView.Summary;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance board (product.md §3, HR: "which OPDs submitted apel pagi / sore today,
 * live"). Three queries read the whole regency whatever the number of OPDs (people
 * assigned per unit, records per unit and session, sheets with their submitter), besides
 * the unit tree and the cached work calendar; everything else is summed in memory over
 * the unit tree.
 * <p>
 * An OPD's session is complete when everyone on its sheets that day (the people of the
 * OPD and its sub-units whose own unit works that day) has a record, whichever sheet (the
 * OPD's own or a sub-unit's) it came through; missing when nothing was recorded and the
 * session's cut-off (the working hours' setting) has passed. An OPD that does not work
 * that day while some of its sub-units do (a five-day Dinas's six-day Puskesmas on a
 * Saturday) is counted over those sub-units; it is a day off only when none of its units
 * works. An OPD whose apel did not take place ("apel ditiadakan": its own cancellation or
 * the Pemda's) has reported it, with the reason; the people of a sub-unit whose apel was
 * cancelled are on none of its sheets.
 */
@Service
@RequiredArgsConstructor
public class ComplianceBoard {

	private final Units units;

	private final UnitScopes scopes;

	private final WorkCalendars calendars;

	private final JdbcClient jdbc;

	private final Clock clock;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Transactional(readOnly = true)
	public BoardView board(LocalDate date) {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		if (date.isAfter(now.toLocalDate())) {
			throw new RuleViolationException("date", "board.date.future");
		}
		ReportRows rows = ReportRows.of(this.units.tree(), this.scopes.current());
		WorkCalendar calendar = this.calendars.current();
		ApelTimes times = calendar.apelTimesOn(date);
		Map<Long, Integer> assigned = assignedPerUnit(date);
		Map<String, int[]> records = recordsPerUnit(date);
		List<Cancelled> cancelledSheets = new ArrayList<>();
		Map<String, List<Sheet>> sheets = sheetsPerRow(date, rows, cancelledSheets);
		CancelledRollCalls cancelled = new CancelledRollCalls(
				cancelledSheets.stream().map(Cancelled::rollCall).toList());
		Map<String, String> cancelledBy = new HashMap<>();
		cancelledSheets.forEach((c) -> cancelledBy.put(c.rollCall().unitId() + ":" + c.rollCall().session(), c.by()));

		Instant morningCutoff = date.atTime(times.morningCutoff()).atZone(now.getZone()).toInstant();
		Instant eveningCutoff = date.atTime(times.eveningCutoff()).atZone(now.getZone()).toInstant();
		List<Row> result = new ArrayList<>();
		for (UnitView opd : rows.rows()) {
			UnitCalendar opdCalendar = calendar.forUnit(opd.id());
			var day = opdCalendar.day(date);
			// The OPD's roll calls are due when any of its units works: on a Saturday a
			// five-day Dinas's six-day Puskesmas hold apel without it.
			boolean working = false;
			boolean apelRequired = false;
			Set<Long> subtree = rows.tree().subtreeIds(opd.id());
			// The people of a unit whose apel was cancelled (its own or a unit's above
			// it) are on no sheet of that session.
			Set<Long> cancelledMorning = cancelled.coveredAmong(subtree, date, Session.MORNING, rows.tree());
			Set<Long> cancelledEvening = cancelled.coveredAmong(subtree, date, Session.EVENING, rows.tree());
			int[] totals = new int[2];
			int[] morning = new int[3];
			int[] evening = new int[3];
			for (long unitId : subtree) {
				UnitCalendar unitCalendar = calendar.forUnit(unitId);
				if (!unitCalendar.isWorkingDay(date)) {
					continue;
				}
				working = true;
				apelRequired |= unitCalendar.isApelDay(date);
				if (!cancelledMorning.contains(unitId)) {
					totals[0] += assigned.getOrDefault(unitId, 0);
					add(morning, records.get(unitId + ":" + Session.MORNING));
				}
				if (!cancelledEvening.contains(unitId)) {
					totals[1] += assigned.getOrDefault(unitId, 0);
					add(evening, records.get(unitId + ":" + Session.EVENING));
				}
			}
			int subUnitsOnly = (working && !day.working()) ? calendar.workingSubUnits(opd.id(), date).size() : 0;
			Cell morningCell = cell(working, apelRequired, totals[0], morning,
					sheets.getOrDefault(opd.id() + ":" + Session.MORNING, List.of()), opd.id(), morningCutoff, now);
			Cell eveningCell = cell(working, apelRequired, totals[1], evening,
					sheets.getOrDefault(opd.id() + ":" + Session.EVENING, List.of()), opd.id(), eveningCutoff, now);
			if (working) {
				morningCell = withCancellations(morningCell, opd, date, Session.MORNING, cancelled, cancelledBy,
						rows.tree());
				eveningCell = withCancellations(eveningCell, opd, date, Session.EVENING, cancelled, cancelledBy,
						rows.tree());
			}
			boolean attention = needsAttention(morningCell, morningCutoff, now)
					|| needsAttention(eveningCell, eveningCutoff, now);
			result.add(new Row(opd, day, working, apelRequired, subUnitsOnly, morningCell, eveningCell, attention));
		}
		// Missing first, then incomplete after the cut-off, then the rest in tree order;
		// days off last.
		result.sort(Comparator.comparingInt(ComplianceBoard::rank));
		return new BoardView(date, date.equals(now.toLocalDate()), this.clock.instant(), now.getZone(), times,
				List.copyOf(result), summary(result, true), summary(result, false));
	}

	/**
	 * The home page's figure: of the OPDs whose apel pagi (then sore) is due on the day,
	 * those that reported it (a complete or partial sheet, or the apel recorded as not
	 * taking place), read as the board reads them.
	 * @return the apel pagi, then the apel sore
	 */
	@Transactional(readOnly = true)
	public List<OverviewView.Compliance> reported(LocalDate date) {
		BoardView view = board(date);
		int[] due = new int[2];
		int[] reported = new int[2];
		for (Row row : view.rows()) {
			Cell[] cells = { row.morning(), row.evening() };
			for (int i = 0; i < 2; i++) {
				if (!row.apelRequired() || cells[i].state() == State.NO_STAFF
						|| cells[i].state() == State.NON_WORKING) {
					continue;
				}
				due[i]++;
				if (cells[i].state() == State.COMPLETE || cells[i].state() == State.PARTIAL
						|| cells[i].state() == State.CANCELLED) {
					reported[i]++;
				}
			}
		}
		return List.of(new OverviewView.Compliance(due[0], reported[0]),
				new OverviewView.Compliance(due[1], reported[1]));
	}

	/**
	 * A session the OPD's apel did not take place ("apel ditiadakan", the OPD's own or
	 * the Pemda's): reported, with the reason, not missing. Otherwise how many of its
	 * sub-units' apel were cancelled.
	 */
	private static Cell withCancellations(Cell cell, UnitView opd, LocalDate date, Session session,
			CancelledRollCalls cancelled, Map<String, String> cancelledBy, UnitTree tree) {
		if (cancelled.isEmpty()) {
			return cell;
		}
		CancelledRollCall covering = cancelled.covering(opd.id(), date, session, tree).orElse(null);
		if (covering != null) {
			return new Cell(State.CANCELLED, covering.cancelledAt(),
					cancelledBy.getOrDefault(covering.unitId() + ":" + session, covering.cancelledBy()), cell.sheets(),
					0, 0, 0, 0, false, covering.reason(), 0);
		}
		Set<Long> subtree = tree.subtreeIds(opd.id());
		int below = (int) cancelled.all()
			.stream()
			.filter((c) -> c.session() == session && c.day().equals(date) && subtree.contains(c.unitId()))
			.count();
		if (below == 0) {
			return cell;
		}
		// Every unit of the OPD holding apel had it cancelled, one sub-unit at a time.
		State state = (cell.total() == 0 && cell.state() == State.NO_STAFF) ? State.CANCELLED : cell.state();
		return new Cell(state, cell.submittedAt(), cell.submittedBy(), cell.sheets(), cell.total(), cell.recorded(),
				cell.present(), cell.unexcused(), cell.late(), cell.cancelReason(), below);
	}

	private static int rank(Row row) {
		if (row.missing()) {
			return 0;
		}
		if (row.attention()) {
			return 1;
		}
		return row.working() ? 2 : 3;
	}

	private static boolean needsAttention(Cell cell, Instant cutoff, ZonedDateTime now) {
		return cell.state() == State.MISSING || (cell.state() == State.PARTIAL && !now.toInstant().isBefore(cutoff));
	}

	private static Cell cell(boolean working, boolean apelRequired, int total, int[] counts, List<Sheet> sheets,
			long opdId, Instant cutoff, ZonedDateTime now) {
		Sheet first = sheets.stream().min(Comparator.comparing(Sheet::submittedAt)).orElse(null);
		// The OPD's own sheet names the submitter; else the earliest of its sub-units.
		Sheet named = sheets.stream().filter((s) -> s.unitId() == opdId).findFirst().orElse(first);
		Instant submittedAt = (first != null) ? first.submittedAt() : null;
		String by = (named != null) ? named.submittedBy() : null;
		State state;
		if (!working) {
			state = State.NON_WORKING;
		}
		else if (total == 0) {
			state = State.NO_STAFF;
		}
		else if (counts[0] >= total) {
			state = State.COMPLETE;
		}
		else if (counts[0] > 0) {
			state = State.PARTIAL;
		}
		else if (!apelRequired) {
			state = State.DISPENSATION;
		}
		else if (now.toInstant().isBefore(cutoff)) {
			state = State.WAITING;
		}
		else {
			state = State.MISSING;
		}
		boolean late = submittedAt != null && submittedAt.isAfter(cutoff);
		return new Cell(state, submittedAt, by, sheets.size(), total, counts[0], counts[1], counts[2], late, null, 0);
	}

	private static Summary summary(List<Row> rows, boolean morning) {
		int required = 0;
		int complete = 0;
		int partial = 0;
		int missing = 0;
		int cancelled = 0;
		for (Row row : rows) {
			Cell cell = morning ? row.morning() : row.evening();
			switch (cell.state()) {
				case COMPLETE -> complete++;
				case PARTIAL -> partial++;
				case MISSING -> missing++;
				case CANCELLED -> cancelled++;
				default -> {
				}
			}
			if (row.apelRequired() && cell.state() != State.NO_STAFF) {
				required++;
			}
		}
		return new Summary(required, complete, partial, missing, cancelled);
	}

	private static void add(int[] sum, int[] counts) {
		if (counts != null) {
			for (int i = 0; i < sum.length; i++) {
				sum[i] += counts[i];
			}
		}
	}

	/** People assigned to each unit on the day (as on the roll-call sheet). */
	private Map<Long, Integer> assignedPerUnit(LocalDate date) {
		Map<Long, Integer> assigned = new HashMap<>();
		this.jdbc.sql("""
				select unit_id, count(*) as n from employee_assignment
				where (valid_from is null or valid_from <= :day) and (valid_to is null or valid_to > :day)
				group by unit_id""").param("day", date).query((rs) -> {
			assigned.put(rs.getLong("unit_id"), rs.getInt("n"));
		});
		return assigned;
	}

	/** Per unit and session: records, present, unexcused. */
	private Map<String, int[]> recordsPerUnit(LocalDate date) {
		Map<String, int[]> records = new HashMap<>();
		this.jdbc.sql("""
				select unit_id, session, count(*) as n,
				    count(*) filter (where status in ('PRESENT', 'LATE', 'EARLY_LEAVE')) as present,
				    count(*) filter (where status = 'UNEXCUSED') as unexcused
				from attendance_record where day = :day group by unit_id, session""").param("day", date).query((rs) -> {
			records.put(rs.getLong("unit_id") + ":" + rs.getString("session"),
					new int[] { rs.getInt("n"), rs.getInt("present"), rs.getInt("unexcused") });
		});
		return records;
	}

	/**
	 * The submitted sheets of the day, by row unit and session; the cancelled ones ("apel
	 * ditiadakan", of any unit, the Pemda's too) go to {@code cancelled} with who
	 * recorded them (full name).
	 */
	private Map<String, List<Sheet>> sheetsPerRow(LocalDate date, ReportRows rows, List<Cancelled> cancelled) {
		Map<String, List<Sheet>> sheets = new HashMap<>();
		this.jdbc
			.sql("""
					select r.unit_id, r.session, r.submitted_at, coalesce(u.full_name, r.submitted_by) as submitted_by,
					    r.cancelled_at, r.cancelled_by, r.cancel_reason, coalesce(c.full_name, r.cancelled_by) as cancelled_name
					from roll_call r left join app_user u on u.username = r.submitted_by
					    left join app_user c on c.username = r.cancelled_by
					where r.day = :day and r.submitted_at is not null""")
			.param("day", date)
			.query((rs) -> {
				long unitId = rs.getLong("unit_id");
				Session session = Session.valueOf(rs.getString("session"));
				if (rs.getTimestamp("cancelled_at") != null) {
					cancelled.add(new Cancelled(
							new CancelledRollCall(unitId, date, session, rs.getString("cancel_reason"),
									rs.getString("cancelled_by"), rs.getTimestamp("cancelled_at").toInstant()),
							rs.getString("cancelled_name")));
				}
				Long row = rows.rowOf(unitId);
				if (row != null) {
					sheets.computeIfAbsent(row + ":" + session, (k) -> new ArrayList<>())
						.add(new Sheet(unitId, rs.getTimestamp("submitted_at").toInstant(),
								rs.getString("submitted_by")));
				}
			});
		return sheets;
	}

	private record Sheet(long unitId, Instant submittedAt, String submittedBy) {
	}

	private record Cancelled(CancelledRollCall rollCall, String by) {
	}

}
