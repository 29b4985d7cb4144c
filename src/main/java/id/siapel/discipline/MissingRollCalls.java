package id.siapel.discipline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import id.siapel.attendance.AttendanceRecorded;
import id.siapel.attendance.CancelledRollCalls;
import id.siapel.attendance.RecordChange;
import id.siapel.attendance.RollCallCancellation;
import id.siapel.attendance.RollCallCancellationChanged;
import id.siapel.attendance.Session;
import id.siapel.calendar.ApelTimes;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.discipline.FlagStore.Raised;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.LongerStatements;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code ROLL_CALL_MISSING}: after the cut-off of each roll call, every OPD that must
 * hold apel that day (itself or any of its sub-units: a five-day Dinas's six-day
 * Puskesmas on a Saturday) and has nobody recorded gets a flag (some sub-units only: a
 * lower one). An apel that did not take place ("apel ditiadakan") is not missing. Runs
 * every ten minutes on one app instance at a time (ShedLock); a flag per OPD, day and
 * session, however often it runs.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class MissingRollCalls {

	private final LongerStatements longer;

	private final Units units;

	private final WorkCalendars calendars;

	private final JdbcClient jdbc;

	private final FlagStore flags;

	private final RollCallCancellation cancellations;

	private final Clock clock;

	private final AtomicInteger runs = new AtomicInteger();

	@Scheduled(cron = "${siapel.discipline.missing-roll-call-cron:0 */10 * * * *}", zone = "${siapel.zone}")
	@SchedulerLock(name = "roll-call-missing", lockAtMostFor = "PT9M", lockAtLeastFor = "PT30S")
	@Transactional
	public void check() {
		this.runs.incrementAndGet();
		int raised = checkAt(ZonedDateTime.now(this.clock));
		if (raised > 0) {
			log.info("Roll calls missing after the cut-off: {} flag(s) raised or updated", raised);
		}
	}

	/** How often the scheduled check has really run in this instance. */
	int runs() {
		return this.runs.get();
	}

	/**
	 * Flags the OPDs without records for the sessions of that day whose cut-off has
	 * passed, and withdraws the flags of those that have meanwhile submitted everything.
	 */
	@Transactional
	public int checkAt(ZonedDateTime now) {
		return checkAt(List.of(now));
	}

	/**
	 * {@link #checkAt(ZonedDateTime)} for several moments at once, each of its own day:
	 * the days a recount covers ({@code DisciplineRebuild}), with the coverage of all of
	 * them counted in one query per table rather than three per day.
	 */
	@Transactional
	public int checkAt(List<ZonedDateTime> moments) {
		this.longer.forJob();
		WorkCalendar calendar = this.calendars.current();
		UnitTree tree = this.units.tree();
		List<OpdSession> sessions = new ArrayList<>();
		for (ZonedDateTime now : moments) {
			LocalDate today = now.toLocalDate();
			ApelTimes times = calendar.apelTimesOn(today);
			List<Session> due = new ArrayList<>();
			if (!now.toLocalTime().isBefore(times.morningCutoff())) {
				due.add(Session.MORNING);
			}
			if (!now.toLocalTime().isBefore(times.eveningCutoff())) {
				due.add(Session.EVENING);
			}
			for (UnitView opd : tree.opds()) {
				// Not the OPD's own calendar alone: a five-day Dinas whose six-day
				// Puskesmas hold apel on a Saturday is due that day too (coverage counts
				// per unit).
				if (!due.isEmpty() && holdsApel(opd.id(), today, tree, calendar)) {
					due.forEach((session) -> sessions.add(new OpdSession(opd.id(), today, session)));
				}
			}
		}
		if (sessions.isEmpty()) {
			return 0;
		}
		List<Raised> raised = new ArrayList<>();
		List<String> complete = new ArrayList<>();
		coverage(sessions, tree, calendar).forEach((session, count) -> {
			if (count.missing()) {
				raised.add(flag(session, count));
			}
			else {
				complete.add(session.causeKey());
			}
		});
		this.flags.raise(raised, this.clock.instant());
		withdrawActive(complete);
		return raised.size();
	}

	/**
	 * A sheet submitted after the cut-off (late, or for an earlier day): in the same
	 * transaction as the write, the {@code ROLL_CALL_MISSING} flag of that OPD, day and
	 * session is withdrawn once everyone is recorded, or lowered to "partly submitted".
	 * Costs one query when there is no such flag, as for nearly every write.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(AttendanceRecorded recorded) {
		UnitTree tree = this.units.tree();
		Set<OpdSession> touched = new LinkedHashSet<>();
		for (RecordChange change : recorded.changes()) {
			tree.opdOf(change.unitId())
				.ifPresent((opd) -> touched.add(new OpdSession(opd.id(), change.day(), change.session())));
		}
		reconsider(touched, tree);
	}

	/**
	 * An apel cancelled ("apel ditiadakan") is reported, not missing: the flag of the OPD
	 * (of every OPD, for the Pemda's apel) is withdrawn in the same transaction, or
	 * lowered when only a sub-unit's apel was cancelled. A withdrawn cancellation leaves
	 * the sheet to be submitted; the scheduled check flags it again if it is not.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(RollCallCancellationChanged changed) {
		UnitTree tree = this.units.tree();
		Set<OpdSession> touched = new LinkedHashSet<>();
		var opd = tree.opdOf(changed.unitId());
		List<UnitView> opds = opd.isPresent() ? List.of(opd.get()) : tree.opds();
		opds.forEach((unit) -> touched.add(new OpdSession(unit.id(), changed.day(), changed.session())));
		reconsider(touched, tree);
	}

	/**
	 * Withdraws or lowers the active flags of these OPD-sessions as their coverage says.
	 */
	private void reconsider(Set<OpdSession> touched, UnitTree tree) {
		if (touched.isEmpty()) {
			return;
		}
		Map<String, OpdSession> byKey = new HashMap<>();
		touched.forEach((session) -> byKey.put(session.causeKey(), session));
		List<OpdSession> flagged = this.flags.activeByCauseKeys(byKey.keySet())
			.stream()
			.map((flag) -> byKey.get(flag.causeKey()))
			.toList();
		if (flagged.isEmpty()) {
			return;
		}
		List<Raised> lowered = new ArrayList<>();
		List<String> complete = new ArrayList<>();
		coverage(flagged, tree, this.calendars.current()).forEach((session, count) -> {
			if (count.missing()) {
				lowered.add(flag(session, count));
			}
			else {
				complete.add(session.causeKey());
			}
		});
		this.flags.raise(lowered, this.clock.instant());
		withdrawActive(complete);
	}

	/** Whether the OPD or any unit below it holds apel that day. */
	private static boolean holdsApel(long opdId, LocalDate day, UnitTree tree, WorkCalendar calendar) {
		for (long unitId : tree.subtreeIds(opdId)) {
			if (calendar.forUnit(unitId).isApelDay(day)) {
				return true;
			}
		}
		return false;
	}

	private void withdrawActive(List<String> causeKeys) {
		this.flags.withdraw(this.flags.activeByCauseKeys(causeKeys).stream().map(FlagStore.Existing::id).toList(),
				this.clock.instant());
	}

	private static Raised flag(OpdSession session, Count count) {
		boolean none = count.covered() == 0;
		return new Raised(FlagKind.ROLL_CALL_MISSING, session.causeKey(), null, session.opdId(), session.day(),
				none ? FlagSeverity.NORMAL : FlagSeverity.LOW,
				none ? "flag.detail.ROLL_CALL_MISSING" : "flag.detail.ROLL_CALL_PARTIAL",
				List.of(session.session().name(), String.valueOf(count.covered()), String.valueOf(count.roster())));
	}

	/**
	 * Who should be on the sheets of each OPD-session (the units of the OPD holding apel
	 * that day, but those whose apel was cancelled) and how many of them are recorded.
	 * Three queries whatever the number of days.
	 */
	private Map<OpdSession, Count> coverage(Collection<OpdSession> sessions, UnitTree tree, WorkCalendar calendar) {
		Map<OpdSession, Count> counts = new LinkedHashMap<>();
		Set<Long> unitIds = new HashSet<>();
		TreeSet<LocalDate> days = new TreeSet<>();
		sessions.forEach((session) -> {
			unitIds.addAll(tree.subtreeIds(session.opdId()));
			days.add(session.day());
		});
		Map<String, Integer> rosterByUnit = new HashMap<>();
		this.jdbc.sql("""
				select a.unit_id, d.day, count(*) as n from employee_assignment a join unnest(:days) as d(day)
				    on (a.valid_from is null or a.valid_from <= d.day) and (a.valid_to is null or a.valid_to > d.day)
				where a.unit_id = any(:units)
				group by 1, 2""")
			.param("units", SqlArrays.bigints(unitIds))
			.param("days", SqlArrays.dates(days))
			.query((rs) -> {
				rosterByUnit.put(rs.getLong("unit_id") + "/" + rs.getObject("day", LocalDate.class), rs.getInt("n"));
			});
		Map<String, Integer> recordsByUnit = new HashMap<>();
		this.jdbc.sql("""
				select unit_id, day, session, count(*) as n from attendance_record
				where day = any(:days) and unit_id = any(:units) group by 1, 2, 3""")
			.param("days", SqlArrays.dates(days))
			.param("units", SqlArrays.bigints(unitIds))
			.query((rs) -> {
				recordsByUnit.put(
						rs.getLong("unit_id") + "/" + rs.getObject("day", LocalDate.class) + rs.getString("session"),
						rs.getInt("n"));
			});
		CancelledRollCalls cancelled = this.cancellations.between(days.first(), days.last());
		for (OpdSession session : sessions) {
			LocalDate day = session.day();
			int roster = 0;
			int covered = 0;
			Set<Long> subtree = tree.subtreeIds(session.opdId());
			Set<Long> notHeld = cancelled.coveredAmong(subtree, day, session.session(), tree);
			for (long unitId : subtree) {
				if (calendar.forUnit(unitId).isApelDay(day) && !notHeld.contains(unitId)) {
					roster += rosterByUnit.getOrDefault(unitId + "/" + day, 0);
					covered += recordsByUnit.getOrDefault(unitId + "/" + day + session.session().name(), 0);
				}
			}
			counts.put(session, new Count(roster, covered));
		}
		return counts;
	}

	/** One roll call of an OPD (with its sub-units) on a day. */
	record OpdSession(long opdId, LocalDate day, Session session) {

		String causeKey() {
			return FlagKind.ROLL_CALL_MISSING + ":" + this.opdId + ":" + this.day + ":" + this.session;
		}

	}

	/** How many should be on the sheets and how many are recorded. */
	record Count(int roster, int covered) {

		boolean missing() {
			return this.roster > 0 && this.covered < this.roster;
		}

	}

}
