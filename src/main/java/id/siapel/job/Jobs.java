package id.siapel.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import id.siapel.security.CurrentUser;
import id.siapel.security.Role;
import id.siapel.security.SiapelUser;
import id.siapel.shared.LongerStatements;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import lombok.extern.slf4j.Slf4j;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The background jobs: queue one, list and show them to their owner (every job to the
 * administrator), retry a failed one, hand out a finished job's file. Each node polls the
 * table every {@code siapel.jobs.poll-interval} and runs up to
 * {@code siapel.jobs.threads} jobs at a time on a bounded pool; the table itself decides
 * who runs what ({@link JobRunner}), so no ShedLock is needed and every node can help.
 */
@Slf4j
@Service
@EnableConfigurationProperties(JobProperties.class)
public class Jobs implements SchedulingConfigurer, DisposableBean {

	/** The administrator sees every job; the list shows the newest ones. */
	static final int LIST_LIMIT = 200;

	private static final String COLUMNS = """
			id, kind, summary, owner_username, state, done, total, failure_key, failure_detail, result_link,
			result_name, result_data is not null as has_file, attempts, created_at, started_at, finished_at""";

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final JobProperties properties;

	private final JobRunner runner;

	private final ThreadPoolTaskExecutor executor;

	private final AtomicInteger busy = new AtomicInteger();

	public Jobs(JdbcClient jdbc, CurrentUser currentUser, JobProperties properties,
			PlatformTransactionManager transactionManager, LongerStatements longer, List<JobKind> kinds) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.properties = properties;
		this.runner = new JobRunner(jdbc, transactionManager, longer, kinds, properties.staleAfter());
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setCorePoolSize(properties.threads());
		this.executor.setMaxPoolSize(properties.threads());
		// A queue as long as the pool: a thread that just finished may not be free again
		// yet.
		this.executor.setQueueCapacity(properties.threads());
		this.executor.setThreadNamePrefix("job-");
		this.executor.setWaitForTasksToCompleteOnShutdown(false);
		this.executor.initialize();
	}

	/**
	 * Queues a job in the caller's transaction: it exists, and runs, only if the change
	 * that asked for it commits.
	 * @param summary what the job is about, shown next to its kind (e.g. "since 10 Feb
	 * 2023")
	 * @return the job's id, for the link "see the job"
	 */
	@Transactional
	public long enqueue(String kind, String parameters, String summary, String owner) {
		return this.jdbc.sql("""
				insert into background_job (kind, parameters, summary, owner_username, state, created_at)
				values (:kind, :parameters, :summary, :owner, 'QUEUED', clock_timestamp()) returning id""")
			.param("kind", kind)
			.param("parameters", parameters)
			.param("summary", summary)
			.param("owner", owner)
			.query(Long.class)
			.single();
	}

	/** The current user's jobs, newest first; every job for the administrator. */
	@Transactional(readOnly = true)
	public List<JobView> mine() {
		SiapelUser user = this.currentUser.require();
		if (user.hasRole(Role.ADMIN)) {
			return this.jdbc.sql("select " + COLUMNS + " from background_job order by id desc limit :limit")
				.param("limit", LIST_LIMIT)
				.query(Jobs::view)
				.list();
		}
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from background_job where owner_username = :owner order by id desc limit :limit")
			.param("owner", user.getUsername())
			.param("limit", LIST_LIMIT)
			.query(Jobs::view)
			.list();
	}

	/** One job, for its owner or the administrator; "not found" for anybody else. */
	@Transactional(readOnly = true)
	public JobView job(long id) {
		JobView job = this.jdbc.sql("select " + COLUMNS + " from background_job where id = :id")
			.param("id", id)
			.query(Jobs::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("jobs.notFound", id));
		SiapelUser user = this.currentUser.require();
		if (!user.hasRole(Role.ADMIN) && !user.getUsername().equals(job.owner())) {
			throw new NotFoundException("jobs.notFound", id);
		}
		return job;
	}

	/** A finished job's file, for its owner or the administrator. */
	@Transactional(readOnly = true)
	public JobResult file(long id) {
		JobView job = job(id);
		if (!job.hasFile()) {
			throw new NotFoundException("jobs.notFound", id);
		}
		return this.jdbc.sql("select result_name, result_type, result_data from background_job where id = :id")
			.param("id", id)
			.query((rs, n) -> JobResult.file(rs.getString("result_name"), rs.getString("result_type"),
					rs.getBytes("result_data")))
			.single();
	}

	/**
	 * Queues a failed job again; it resumes after its last committed chunk (a recount
	 * does not start over for the employees already counted).
	 */
	@Transactional
	public void retry(long id) {
		JobView job = job(id);
		int updated = this.jdbc.sql("""
				update background_job set state = 'QUEUED', failure_key = null, failure_detail = null,
				    finished_at = null, claim = null
				where id = :id and state = 'FAILED'""").param("id", job.id()).update();
		if (updated == 0) {
			throw new RuleViolationException(null, "jobs.retry.notFailed");
		}
	}

	/**
	 * Runs every queued job on the calling thread, one after the other, and returns when
	 * none is left: for tests, which need the result of a job before they go on (and for
	 * tools that run without the poller).
	 * @return how many jobs ran
	 */
	public int runPendingNow() {
		return this.runner.runPending();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (this.properties.enabled()) {
			registrar.addFixedDelayTask(this::poll, this.properties.pollInterval());
		}
	}

	/** Hands claimed jobs to the pool while it has a free thread. */
	void poll() {
		try {
			while (this.busy.get() < this.properties.threads()) {
				var claim = this.runner.claim();
				if (claim.isEmpty()) {
					return;
				}
				this.busy.incrementAndGet();
				this.executor.execute(() -> {
					try {
						this.runner.run(claim.get());
					}
					finally {
						this.busy.decrementAndGet();
					}
				});
			}
		}
		catch (RuntimeException ex) {
			// The database away for a moment: the next poll tries again; a claimed job
			// whose start failed is taken again once its heartbeat is stale.
			log.warn("Polling for background jobs failed: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

	private static JobView view(ResultSet rs, int n) throws SQLException {
		Integer total = rs.getObject("total", Integer.class);
		return new JobView(rs.getLong("id"), rs.getString("kind"), rs.getString("summary"),
				rs.getString("owner_username"), JobState.valueOf(rs.getString("state")), rs.getInt("done"), total,
				rs.getString("failure_key"), rs.getString("failure_detail"), rs.getString("result_link"),
				rs.getString("result_name"), rs.getBoolean("has_file"), rs.getInt("attempts"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("finished_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
