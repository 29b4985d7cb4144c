package id.siapel.employee;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import id.siapel.shared.InputLimits;
import id.siapel.shared.LongerStatements;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes import uploads nobody committed or discarded within
 * {@code siapel.limits.staged-import-ttl} (issue 14): each holds a whole staff list with
 * NIPs, and an abandoned one would otherwise stay in the database for ever. Every hour,
 * on one instance (ShedLock). {@link EmployeeImport} refuses an expired upload even
 * before this has run.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class StagedImports {

	private final LongerStatements longer;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final InputLimits limits;

	@Scheduled(cron = "${siapel.employee.staged-import-purge-cron:0 35 * * * *}", zone = "${siapel.zone}")
	@SchedulerLock(name = "employee-import-purge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	@Transactional
	public void purge() {
		this.longer.forJob();
		Instant cutoff = this.clock.instant().minus(this.limits.stagedImportTtl());
		int purged = this.jdbc.sql("delete from employee_import where created_at <= :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
		if (purged > 0) {
			log.info("Purged {} staged import upload(s) older than {}", purged, this.limits.stagedImportTtl());
		}
	}

	/**
	 * Whether an upload made at {@code createdAt} is past its time to live at
	 * {@code now}.
	 */
	static boolean expired(Instant createdAt, Instant now, Duration ttl) {
		return !createdAt.plus(ttl).isAfter(now);
	}

}
