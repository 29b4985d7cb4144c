package id.siapel.discipline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import id.siapel.attendance.Session;
import id.siapel.calendar.ApelTimes;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.discipline.FlagStore.Raised;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code ROLL_CALL_MISSING}: after the cut-off of each roll call, every OPD that must
 * hold apel that day and has nobody recorded gets a flag (some sub-units only: a lower
 * one). Runs every ten minutes on one app instance at a time (ShedLock); a flag per OPD,
 * day and session, however often it runs.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class MissingRollCalls {

	private final Units units;

	private final WorkCalendars calendars;

	private final JdbcClient jdbc;

	private final FlagStore flags;

	private final Clock clock;

	private final AtomicInteger runs = new AtomicInteger();

	@Scheduled(cron = "${siapel.discipline.missing-roll-call-cron:0 */10 * * * *}", zone = "${siapel.zone}")
	@SchedulerLock(name = "roll-call-missing", lockAtMostFor = "PT9M", lockAtLeastFor = "PT30S")
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
	 * passed.
	 */
	@Transactional
	public int checkAt(ZonedDateTime now) {
		LocalDate today = now.toLocalDate();
		WorkCalendar calendar = this.calendars.current();
		ApelTimes times = calendar.apelTimesOn(today);
		List<Session> due = new ArrayList<>();
		if (!now.toLocalTime().isBefore(times.morningCutoff())) {
			due.add(Session.MORNING);
		}
		if (!now.toLocalTime().isBefore(times.eveningCutoff())) {
			due.add(Session.EVENING);
		}
		if (due.isEmpty()) {
			return 0;
		}
		UnitTree tree = this.units.tree();
		Map<Long, Integer> rosterByUnit = new HashMap<>();
		this.jdbc.sql("""
				select unit_id, count(*) as n from employee_assignment
				where (valid_from is null or valid_from <= :day) and (valid_to is null or valid_to > :day)
				group by unit_id""").param("day", today).query((rs) -> {
			rosterByUnit.put(rs.getLong("unit_id"), rs.getInt("n"));
		});
		Map<String, Integer> recordsByUnit = new HashMap<>();
		this.jdbc.sql("select unit_id, session, count(*) as n from attendance_record where day = :day group by 1, 2")
			.param("day", today)
			.query((rs) -> {
				recordsByUnit.put(rs.getLong("unit_id") + rs.getString("session"), rs.getInt("n"));
			});
		List<Raised> raised = new ArrayList<>();
		for (UnitView opd : tree.opds()) {
			if (!calendar.forUnit(opd.id()).isApelDay(today)) {
				continue;
			}
			for (Session session : due) {
				int roster = 0;
				int covered = 0;
				for (long unitId : tree.subtreeIds(opd.id())) {
					if (calendar.forUnit(unitId).isApelDay(today)) {
						roster += rosterByUnit.getOrDefault(unitId, 0);
						covered += recordsByUnit.getOrDefault(unitId + session.name(), 0);
					}
				}
				if (roster > 0 && covered < roster) {
					raised.add(new Raised(FlagKind.ROLL_CALL_MISSING,
							FlagKind.ROLL_CALL_MISSING + ":" + opd.id() + ":" + today + ":" + session, null, opd.id(),
							today, (covered == 0) ? FlagSeverity.NORMAL : FlagSeverity.LOW,
							(covered == 0) ? "flag.detail.ROLL_CALL_MISSING" : "flag.detail.ROLL_CALL_PARTIAL",
							List.of(session.name(), String.valueOf(covered), String.valueOf(roster))));
				}
			}
		}
		this.flags.raise(raised, this.clock.instant());
		return raised.size();
	}

}
