package id.siapel.attendance;

import java.time.Clock;
import java.time.Duration;

import id.siapel.shared.LongerStatements;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the idempotency keys of sheet submissions after 30 days: far longer than a
 * phone keeps an unsent submission (a head's edit window closes after a working day or
 * two), short enough that the table stays small. Once a day, on one instance (ShedLock).
 */
@Slf4j
@Component
@RequiredArgsConstructor
class SubmissionKeys {

	static final Duration KEPT = Duration.ofDays(30);

	private final LongerStatements longer;

	private final RollCallStore store;

	private final Clock clock;

	@Scheduled(cron = "${siapel.attendance.submission-keys-cron:0 20 1 * * *}", zone = "${siapel.zone}")
	@SchedulerLock(name = "roll-call-submission-keys", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	@Transactional
	public void forgetOld() {
		this.longer.forJob();
		int forgotten = this.store.forgetSubmissionsBefore(this.clock.instant().minus(KEPT));
		if (forgotten > 0) {
			log.info("Forgot {} sheet submission key(s) older than {} days", forgotten, KEPT.toDays());
		}
	}

}
