package id.siapel.discipline;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import id.siapel.job.JobContext;
import id.siapel.job.JobKind;
import id.siapel.job.JobResult;
import id.siapel.job.JobStep;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recount after a rule version dated in the past was added, changed or deleted, as a
 * background job (issue 15): the rule change itself commits at once, and this job counts
 * the days from the version's date to the day of the change again, {@value #CHUNK}
 * employees per transaction in id order ({@link DisciplineRebuild#rebuildEmployees}),
 * then the missing roll calls of those days. A sheet saved meanwhile counts its own days
 * with the new rules already (they are committed) and, for the people of the chunk being
 * counted, waits for that chunk only: the end state is that of a full recount. The cursor
 * is the last employee id counted, so a job taken over after a crash resumes there.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class RuleRecountJob implements JobKind {

	static final String KIND = "RULE_RECOUNT";

	/**
	 * Employees per chunk: a sheet save of one of them waits for one chunk at most (1.5 s
	 * measured on the 400-person demo), the others not at all.
	 */
	static final int CHUNK = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MISSING = "missing";

	private final DisciplineRebuild rebuild;

	private final JdbcClient jdbc;

	@Override
	public String kind() {
		return KIND;
	}

	static String parameters(LocalDate from, ZonedDateTime now) {
		return JSON.writeValueAsString(Map.of("from", from.toString(), "now", now.toString()));
	}

	@Override
	public JobStep step(JobContext context) {
		Map<String, String> parameters = JSON.readValue(context.parameters(), new TypeReference<>() {
		});
		LocalDate from = LocalDate.parse(parameters.get("from"));
		ZonedDateTime now = ZonedDateTime.parse(parameters.get("now"));
		LocalDate to = now.toLocalDate();
		int total = this.jdbc.sql("select count(*) from employee").query(Integer.class).single();
		if (MISSING.equals(context.cursor())) {
			int checked = this.rebuild.checkMissing(from, to, now);
			log.info("Recount after a rule change since {}: {} employees counted again, {} missing roll calls", from,
					context.done(), checked);
			return JobStep.finished(context.done(), Math.max(total, context.done()),
					JobResult.link("/discipline/rules"));
		}
		long after = context.firstStep() ? 0 : Long.parseLong(context.cursor());
		List<Long> chunk = this.jdbc.sql("select id from employee where id > :after order by id limit :chunk")
			.param("after", after)
			.param("chunk", CHUNK)
			.query(Long.class)
			.list();
		if (chunk.isEmpty()) {
			return JobStep.more(MISSING, context.done(), Math.max(total, context.done()));
		}
		this.rebuild.rebuildEmployees(from, to, chunk);
		int done = context.done() + chunk.size();
		return JobStep.more(String.valueOf(chunk.get(chunk.size() - 1)), done, Math.max(total, done));
	}

}
