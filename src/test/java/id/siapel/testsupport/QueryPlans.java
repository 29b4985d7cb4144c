package id.siapel.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plans PostgreSQL executed for the application's own statements, as
 * {@code EXPLAIN (FORMAT JSON)} prints them: {@code auto_explain} is loaded into the
 * session of one transaction and set to send the plan of every statement to the client as
 * a notice, the action runs inside that transaction (the application's transactional
 * methods join it), and {@link StatementCounter} collects the notices. The plans are
 * those of the real statements with their real parameters, after partition pruning at
 * planning and at executor start. {@code LOAD} needs a superuser, as the test databases
 * have; the settings end with the transaction.
 */
public final class QueryPlans {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private QueryPlans() {
	}

	/** The plans of the statements the action executed, in order. */
	public static List<Plan> of(JdbcClient jdbc, TransactionTemplate transactions, Runnable action) {
		List<String> notices = transactions.execute((status) -> {
			jdbc.sql("load 'auto_explain'").update();
			jdbc.sql("""
					select set_config('auto_explain.log_min_duration', '0', true),
					    set_config('auto_explain.log_level', 'notice', true),
					    set_config('auto_explain.log_format', 'json', true),
					    set_config('client_min_messages', 'notice', true)""").query().listOfRows();
			return StatementCounter.notices(() -> {
				action.run();
				// PostgreSQL ends the last query's executor, and auto_explain sends
				// its plan, when the next statement replaces its portal.
				jdbc.sql("select 1").query().listOfRows();
			});
		});
		List<Plan> plans = new ArrayList<>();
		for (String notice : notices) {
			int json = notice.indexOf('{');
			if (notice.startsWith("duration:") && json >= 0) {
				JsonNode explained = JSON.readTree(notice.substring(json));
				plans.add(new Plan(explained.path("Query Text").asString(), explained.path("Plan"),
						milliseconds(notice)));
			}
		}
		return plans;
	}

	/**
	 * "duration: 12.345 ms plan: {…}": the statement's time as PostgreSQL measured it.
	 */
	private static double milliseconds(String notice) {
		String duration = notice.substring("duration:".length(), notice.indexOf("ms")).strip();
		return Double.parseDouble(duration);
	}

	/**
	 * One executed statement, its plan tree, and how long it ran in the server (parse and
	 * plan not included).
	 */
	public record Plan(String sql, JsonNode tree, double milliseconds) {

		/** Every table (or partition) the plan reads. */
		public Set<String> relations() {
			Set<String> names = new TreeSet<>();
			collect(this.tree, names);
			return names;
		}

		private static void collect(JsonNode node, Set<String> names) {
			if (node.has("Relation Name")) {
				names.add(node.get("Relation Name").asString());
			}
			for (JsonNode child : node.path("Plans")) {
				collect(child, names);
			}
		}

	}

}
