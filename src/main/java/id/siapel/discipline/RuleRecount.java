package id.siapel.discipline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import id.siapel.discipline.CountingVersion.VersionState;
import id.siapel.job.Jobs;
import id.siapel.security.CurrentUser;
import id.siapel.shared.DisplayDates;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * After a rule version was added, changed or deleted: the days it governs that have
 * already happened are counted again (single-session minutes of each day, the years'
 * totals, runs, threshold flags). Not in the transaction of the change (that took 16 s
 * for 400 employees and blocked every sheet save meanwhile) but by a background job
 * queued in it ({@link RuleRecountJob}, issue 15): the change returns at once, the user
 * follows the recount on "Pekerjaan saya". A version that starts in the future has
 * governed nothing yet: nothing to count again.
 */
@Component
@RequiredArgsConstructor
class RuleRecount {

	private final Jobs jobs;

	private final CurrentUser currentUser;

	private final Clock clock;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Queues the recount from {@code from} to now, when {@code from} is not in the
	 * future.
	 * @return the recount job, {@code null} when there is nothing to count again
	 */
	Long since(LocalDate from) {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		if (from.isAfter(now.toLocalDate())) {
			return null;
		}
		return this.jobs.enqueue(RuleRecountJob.KIND, RuleRecountJob.parameters(from, now), DisplayDates.date(from),
				this.currentUser.require().getUsername());
	}

	/**
	 * Where a version stands today, given the effective date of the next one
	 * ({@code null}: none).
	 */
	static VersionState state(LocalDate from, LocalDate next, LocalDate today) {
		if (from.isAfter(today)) {
			return VersionState.FUTURE;
		}
		return (next == null || next.isAfter(today)) ? VersionState.IN_FORCE : VersionState.SUPERSEDED;
	}

}
