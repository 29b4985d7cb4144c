package id.siapel.discipline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import id.siapel.discipline.CountingVersion.VersionState;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * After a rule version was added, changed or deleted: the days it governs that have
 * already happened are counted again (single-session minutes of each day, the years'
 * totals, runs, threshold flags), in the transaction of the change, so that standings and
 * flags follow the new rule at once. A version that starts in the future has governed
 * nothing yet: nothing to count again.
 */
@Component
@RequiredArgsConstructor
class RuleRecount {

	private final DisciplineRebuild rebuild;

	private final Clock clock;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Counts again from {@code from} to today, when {@code from} is not in the future.
	 */
	void since(LocalDate from) {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		if (!from.isAfter(now.toLocalDate())) {
			this.rebuild.rebuild(from, now.toLocalDate(), now);
		}
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
