package id.siapel.calendar;

import java.util.concurrent.atomic.AtomicReference;

import id.siapel.organization.UnitTreeStamps;
import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out the work calendar. A snapshot is built once per revision of the calendar and
 * of the unit tree and shared by every caller until either changes; checking that costs
 * two tiny queries per call, never a query per day.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class WorkCalendars {

	private final CalendarRevision revision;

	private final UnitTreeStamps unitStamps;

	private final CalendarSnapshots snapshots;

	private final EntityManager entityManager;

	private final AtomicReference<Cached> cache = new AtomicReference<>();

	private final Object building = new Object();

	/**
	 * The calendar as of now: every committed change (calendar days, dispensations, unit
	 * work patterns, new units, working-hours settings, monitoring periods) is visible to
	 * the next call, also on another app instance. Inside a transaction that has already
	 * written something, the calendar is read fresh (with that transaction's own changes)
	 * and not kept, since those changes may still be rolled back.
	 */
	public WorkCalendar current() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// As Hibernate does before a query: the calendar is read with SQL, so the
			// transaction's own pending changes (e.g. the units of a day just added) must
			// reach the database first.
			this.entityManager.flush();
		}
		CalendarRevision.State state = this.revision.read();
		Stamp stamp = new Stamp(state.revision(), this.unitStamps.current());
		Cached cached = this.cache.get();
		if (cached != null && cached.stamp().equals(stamp)) {
			return cached.calendar();
		}
		if (state.uncommittedWrites()) {
			return this.snapshots.load();
		}
		synchronized (this.building) {
			cached = this.cache.get();
			if (cached != null && cached.stamp().equals(stamp)) {
				return cached.calendar();
			}
			long started = System.nanoTime();
			WorkCalendar calendar = this.snapshots.load();
			this.cache.set(new Cached(stamp, calendar));
			log.debug("Work calendar built for revision {} in {} ms", stamp, (System.nanoTime() - started) / 1_000_000);
			return calendar;
		}
	}

	private record Stamp(long calendarRevision, UnitTreeStamps.Stamp units) {
	}

	private record Cached(Stamp stamp, WorkCalendar calendar) {
	}

}
