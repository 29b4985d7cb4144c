package id.siapel.job;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.siapel.shared.LongerStatements;
import lombok.extern.slf4j.Slf4j;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims jobs of the kinds it knows and runs them chunk by chunk.
 * <p>
 * Claiming is one short transaction: the oldest job that is queued, or running with a
 * heartbeat older than {@code staleAfter} (its runner died), is locked with
 * {@code FOR UPDATE SKIP LOCKED}, so a second runner skips it and takes the next one, and
 * stamped with a new claim token. Every chunk then runs in its own transaction that first
 * locks the job row again <em>with that token</em>: a runner whose job was taken over (it
 * stalled for longer than {@code staleAfter}) finds another token and stops, its chunk
 * rolled back; and while a chunk runs, its job row is locked, so no other runner can take
 * the job over in the middle of it. The chunk's work, its progress, its cursor and the
 * heartbeat commit together: after a crash the job resumes after the last chunk that
 * committed, never in the middle of one.
 */
@Slf4j
class JobRunner {

	static final String UNEXPECTED = "jobs.failure.unexpected";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final LongerStatements longer;

	private final Map<String, JobKind> kinds;

	private final Duration staleAfter;

	JobRunner(JdbcClient jdbc, PlatformTransactionManager transactionManager, LongerStatements longer,
			Collection<JobKind> kinds, Duration staleAfter) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.longer = longer;
		this.kinds = kinds.stream().collect(Collectors.toMap(JobKind::kind, Function.identity()));
		this.staleAfter = staleAfter;
	}

	record Claim(long id, String kind, UUID token) {
	}

	/** Runs queued (and abandoned) jobs one after the other until none is left. */
	int runPending() {
		int ran = 0;
		for (Optional<Claim> claim = claim(); claim.isPresent(); claim = claim()) {
			run(claim.get());
			ran++;
		}
		return ran;
	}

	/** Takes the oldest job waiting for a runner of these kinds, if any. */
	Optional<Claim> claim() {
		if (this.kinds.isEmpty()) {
			return Optional.empty();
		}
		return this.transactions.execute((tx) -> {
			Optional<Claim> found = this.jdbc.sql("""
					select id, kind from background_job
					where kind in (:kinds)
					  and (state = 'QUEUED'
					       or (state = 'RUNNING' and heartbeat_at < clock_timestamp() - make_interval(secs => :stale)))
					order by id limit 1
					for update skip locked""")
				.param("kinds", List.copyOf(this.kinds.keySet()))
				.param("stale", (double) this.staleAfter.toMillis() / 1000)
				.query((rs, n) -> new Claim(rs.getLong("id"), rs.getString("kind"), UUID.randomUUID()))
				.optional();
			found.ifPresent((claim) -> this.jdbc.sql("""
					update background_job set state = 'RUNNING', claim = :token, attempts = attempts + 1,
					    started_at = coalesce(started_at, clock_timestamp()), heartbeat_at = clock_timestamp()
					where id = :id""").param("token", claim.token()).param("id", claim.id()).update());
			return found;
		});
	}

	/**
	 * Runs a claimed job to its end, its failure, or until another runner took it over.
	 */
	void run(Claim claim) {
		JobKind kind = this.kinds.get(claim.kind());
		try {
			boolean more = true;
			while (more) {
				more = Boolean.TRUE.equals(this.transactions.execute((tx) -> step(claim, kind)));
			}
		}
		catch (JobFailedException ex) {
			log.info("Job {} ({}) failed: {}", claim.id(), claim.kind(), ex.getMessage());
			fail(claim, ex.getMessageKey(), ex.getDetail());
		}
		catch (RuntimeException ex) {
			log.error("Job {} ({}) failed", claim.id(), claim.kind(), ex);
			fail(claim, UNEXPECTED, null);
		}
	}

	/** One chunk; {@code true} when another one follows. */
	private boolean step(Claim claim, JobKind kind) {
		this.longer.forJob();
		Optional<JobContext> context = this.jdbc.sql("""
				select parameters, cursor, done from background_job
				where id = :id and claim = :token and state = 'RUNNING' for update""")
			.param("id", claim.id())
			.param("token", claim.token())
			.query((rs, n) -> new JobContext(claim.id(), rs.getString("parameters"), rs.getString("cursor"),
					rs.getInt("done")))
			.optional();
		if (context.isEmpty()) {
			log.info("Job {} was taken over by another runner: this one stops", claim.id());
			return false;
		}
		JobStep step = kind.step(context.get());
		if (!step.finished()) {
			this.jdbc.sql("""
					update background_job set done = :done, total = :total, cursor = :cursor,
					    heartbeat_at = clock_timestamp()
					where id = :id""")
				.param("done", step.done())
				.param("total", step.total())
				.param("cursor", step.cursor())
				.param("id", claim.id())
				.update();
			return true;
		}
		JobResult result = step.result();
		this.jdbc.sql("""
				update background_job set state = 'DONE', done = :done, total = :total, cursor = null,
				    heartbeat_at = clock_timestamp(), finished_at = clock_timestamp(), claim = null,
				    result_link = :link, result_name = :name, result_type = :type, result_data = :data
				where id = :id""")
			.param("done", step.done())
			.param("total", step.total())
			.param("link", (result != null) ? result.link() : null)
			.param("name", (result != null) ? result.fileName() : null)
			.param("type", (result != null) ? result.contentType() : null)
			.param("data", (result != null) ? result.content() : null)
			.param("id", claim.id())
			.update();
		return false;
	}

	private void fail(Claim claim, String key, String detail) {
		this.transactions.executeWithoutResult((tx) -> this.jdbc.sql("""
				update background_job set state = 'FAILED', failure_key = :key, failure_detail = :detail,
				    finished_at = clock_timestamp(), heartbeat_at = clock_timestamp(), claim = null
				where id = :id and claim = :token""")
			.param("key", key)
			.param("detail", (detail != null && detail.length() > 1000) ? detail.substring(0, 1000) : detail)
			.param("id", claim.id())
			.param("token", claim.token())
			.update());
	}

}
