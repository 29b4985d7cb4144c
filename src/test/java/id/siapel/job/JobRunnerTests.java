package id.siapel.job;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import id.siapel.shared.LongerStatements;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The background job runner (issue 15): a job's progress shows chunk by chunk while it
 * runs; a job whose runner died is taken again once its heartbeat stopped and resumes
 * after its last committed chunk; two runners never run the same job; a failed job shows
 * its reason in the user's words and can be retried; a finished job's file goes to its
 * owner only. Each test runs its own runners, with kinds of its own (the application's
 * runner does not know them), as a node would.
 */
@SiapelIntegrationTest
class JobRunnerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	LongerStatements longer;

	@Test
	void theProgressShowsChunkByChunkWhileTheJobRuns() throws Exception {
		String kind = kind();
		long id = this.jobs.enqueue(kind, "{}", "uji kemajuan", "bkpsdm");
		List<String> seen = new ArrayList<>();
		// Each chunk asks the API, on another connection, what the owner sees at that
		// moment.
		JobKind counting = new Steps(kind, 4, (context) -> {
			seen.add(CompletableFuture.supplyAsync(() -> api(id, "bkpsdm")).join());
			return null;
		});
		assertThat(runner(counting).runPending()).isEqualTo(1);
		assertThat(seen).containsExactly("RUNNING 0 null", "RUNNING 1 4", "RUNNING 2 4", "RUNNING 3 4");
		assertThat(api(id, "bkpsdm")).isEqualTo("DONE 4 4");
		MockHttpSession owner = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(get("/jobs").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"job-" + id + "\"")))
			.andExpect(content().string(containsString("4 dari 4 selesai")))
			.andExpect(content().string(containsString("max=\"100\" value=\"100\"")));
		// A finished job's row no longer polls.
		this.mvc.perform(get("/jobs/{id}/row", id).session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("hx-trigger"))));
	}

	@Test
	void aQueuedOrRunningJobsRowPollsEveryTwoSeconds() throws Exception {
		long id = this.jobs.enqueue(kind(), "{}", null, "bkpsdm");
		this.mvc.perform(get("/jobs/{id}", id).session(Logins.loginAsDemo(this.mvc, "bkpsdm")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
			.andExpect(content().string(containsString("hx-get=\"/jobs/" + id + "/row\"")))
			.andExpect(content().string(containsString("Menunggu")));
	}

	@Test
	void aJobWhoseRunnerDiedIsResumedAfterItsLastCommittedChunkAndEndsCorrect() throws Exception {
		String kind = kind();
		long id = this.jobs.enqueue(kind, "{}", null, "bkpsdm");
		// The first node dies in the middle of chunk 2 (of 0-3): that chunk never
		// commits.
		JobKind dying = new Steps(kind, 4, (context) -> {
			if (context.done() == 2) {
				throw new RunnerDied();
			}
			return null;
		});
		JobRunner first = runner(dying);
		assertThatThrownBy(first::runPending).isInstanceOf(RunnerDied.class);
		assertThat(api(id, "bkpsdm")).isEqualTo("RUNNING 2 4");
		// While its heartbeat is fresh, nobody else takes the job.
		JobKind healthy = new Steps(kind, 4, (context) -> null);
		JobRunner second = runner(healthy);
		assertThat(second.claim()).isEmpty();
		this.jdbc.sql("update background_job set heartbeat_at = heartbeat_at - interval '1 hour' where id = :id")
			.param("id", id)
			.update();
		assertThat(second.runPending()).isEqualTo(1);
		assertThat(api(id, "bkpsdm")).isEqualTo("DONE 4 4");
		// Every chunk counted once, in order: 0 and 1 by the first node, 2 and 3 by the
		// second.
		assertThat(fileOf(id)).isEqualTo("0,1,2,3");
		assertThat(this.jdbc.sql("select attempts from background_job where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void twoRunnersNeverRunTheSameJob() throws Exception {
		String kind = kind();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(this.jobs.enqueue(kind, "{}", null, "bkpsdm"));
		}
		Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
		Function<JobContext, Void> count = (context) -> {
			runs.computeIfAbsent(context.id() + "/" + context.done(), (k) -> new AtomicInteger()).incrementAndGet();
			return null;
		};
		JobRunner one = runner(new Steps(kind, 3, count));
		JobRunner two = runner(new Steps(kind, 3, count));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Future<Integer> ranByOne = pool.submit(() -> {
				start.await();
				return one.runPending();
			});
			Future<Integer> ranByTwo = pool.submit(() -> {
				start.await();
				return two.runPending();
			});
			start.countDown();
			assertThat(ranByOne.get(2, TimeUnit.MINUTES) + ranByTwo.get(2, TimeUnit.MINUTES)).isEqualTo(20);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(runs).hasSize(60);
		assertThat(runs.values()).allSatisfy((times) -> assertThat(times.get()).isEqualTo(1));
		for (long id : ids) {
			assertThat(api(id, "bkpsdm")).isEqualTo("DONE 3 3");
			assertThat(fileOf(id)).isEqualTo("0,1,2");
		}
	}

	@Test
	void aFailedJobShowsItsReasonAndCanBeRetried() throws Exception {
		String kind = kind();
		long id = this.jobs.enqueue(kind, "{}", "rekap besar", "bkpsdm");
		AtomicInteger attempts = new AtomicInteger();
		JobRunner runner = runner(new Steps(kind, 2, (context) -> {
			if (context.done() == 1 && attempts.incrementAndGet() == 1) {
				throw new JobFailedException("jobs.failure.tooLarge", "5.000 pegawai");
			}
			return null;
		}));
		runner.runPending();
		assertThat(api(id, "bkpsdm")).isEqualTo("FAILED 1 2");
		MockHttpSession owner = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(get("/jobs").session(owner))
			.andExpect(content().string(containsString("Gagal")))
			.andExpect(content().string(containsString("Hasilnya terlalu besar (5.000 pegawai)")))
			.andExpect(content().string(containsString("Coba lagi")));
		this.mvc.perform(get("/api/v1/jobs/{id}", id).with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.failureKey").value("jobs.failure.tooLarge"))
			.andExpect(jsonPath("$.failureDetail").value("5.000 pegawai"));
		// Nobody else may retry it: their "not found".
		this.mvc.perform(post("/jobs/{id}/retry", id).session(Logins.loginAsDemo(this.mvc, "sekda")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/jobs/{id}/retry", id).session(owner).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(api(id, "bkpsdm")).isEqualTo("QUEUED 1 2");
		runner.runPending();
		assertThat(api(id, "bkpsdm")).isEqualTo("DONE 2 2");
		// Resumed after the chunk that had committed: chunk 0 ran once.
		assertThat(fileOf(id)).isEqualTo("0,1");
	}

	@Test
	void anUnexpectedErrorIsShownInTheUsersWordsNotAsAStackTrace() throws Exception {
		String kind = kind();
		long id = this.jobs.enqueue(kind, "{}", null, "bkpsdm");
		runner(new Steps(kind, 2, (context) -> {
			throw new IllegalStateException("NullPointer at RecapRenderer.java:42");
		})).runPending();
		this.mvc.perform(get("/jobs/{id}", id).session(Logins.loginAsDemo(this.mvc, "bkpsdm")))
			.andExpect(content().string(containsString("Terjadi kesalahan yang tidak terduga")))
			.andExpect(content().string(not(containsString("RecapRenderer"))));
	}

	@Test
	void onlyTheOwnerAndTheAdministratorSeeAJobAndGetItsFile() throws Exception {
		String kind = kind();
		long id = this.jobs.enqueue(kind, "{}", null, "bkpsdm");
		runner(new Steps(kind, 1, (context) -> null)).runPending();
		this.mvc.perform(get("/jobs/{id}/download", id).session(Logins.loginAsDemo(this.mvc, "bkpsdm")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string("0"));
		this.mvc.perform(get("/jobs/{id}/download", id).session(Logins.loginAsDemo(this.mvc, "admin")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/jobs/{id}/download", id).session(Logins.loginAsDemo(this.mvc, "sekda")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/jobs/{id}", id).with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		this.mvc.perform(get("/api/v1/jobs").with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("\"id\":" + id + ","))));
		this.mvc.perform(get("/api/v1/jobs").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(content().string(containsString("\"id\":" + id + ",")));
		this.mvc.perform(get("/jobs").session(Logins.loginAsDemo(this.mvc, "sekda")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"job-" + id + "\""))));
	}

	private JobRunner runner(JobKind kind) {
		return new JobRunner(this.jdbc, this.transactions, this.longer, List.of(kind), java.time.Duration.ofMinutes(2));
	}

	private static String kind() {
		return "TEST_" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** State, done and total as the owner reads them from the API. */
	private String api(long id, String user) {
		try {
			String json = this.mvc.perform(get("/api/v1/jobs/{id}", id).with(httpBasic(user, DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			return field(json, "state").replace("\"", "") + " " + field(json, "done") + " " + field(json, "total");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String field(String json, String name) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + name + "\":(\"[^\"]*\"|[^,}]*)")
			.matcher(json);
		assertThat(matcher.find()).as(name + " in " + json).isTrue();
		return matcher.group(1);
	}

	private String fileOf(long id) {
		return new String(this.jdbc.sql("select result_data from background_job where id = :id")
			.param("id", id)
			.query(byte[].class)
			.single(), StandardCharsets.UTF_8);
	}

	/**
	 * A job of {@code chunks} chunks: each runs {@code action}, then appends its number
	 * to the cursor; the finished job's file lists the chunks as committed.
	 */
	record Steps(String kind, int chunks, Function<JobContext, Void> action) implements JobKind {

		@Override
		public JobStep step(JobContext context) {
			this.action.apply(context);
			String cursor = (context.cursor() != null ? context.cursor() + "," : "") + context.done();
			int done = context.done() + 1;
			if (done == this.chunks) {
				return JobStep.finished(done, this.chunks,
						JobResult.file("uji.txt", "text/plain", cursor.getBytes(StandardCharsets.UTF_8)));
			}
			return JobStep.more(cursor, done, this.chunks);
		}

	}

	/** What a node that died looks like to its job: the chunk never ends. */
	static class RunnerDied extends Error {

		RunnerDied() {
			super("the node died");
		}

	}

}
