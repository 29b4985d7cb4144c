package id.siapel.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long one SQL statement may run, by the kind of work around it
 * ({@code siapel.database.statement-timeout.*}, issue 14). Every connection starts with
 * the web limit (set when PostgreSQL opens the session); reports and jobs lengthen it for
 * their own transaction only ({@link LongerStatements}). A statement over its limit is
 * cancelled by PostgreSQL and the request ends with a clean error (code
 * {@code QUERY_TIMEOUT}), never a thread waiting for ever.
 *
 * @param web pages and API calls: a statement of a request never needs this long
 * @param report recap, audit and other exports that read a whole period of a whole Pemda
 * @param job scheduled jobs, recounts after a rule change, demo loading, migrations;
 * stays below the JDBC socket timeout (10 min), so PostgreSQL cancels the statement
 * before the driver gives up on the connection
 */
@ConfigurationProperties("siapel.database.statement-timeout")
public record StatementTimeouts(@DefaultValue("30s") Duration web, @DefaultValue("2m") Duration report,
		@DefaultValue("5m") Duration job) {

	/** The defaults, for code that runs before the application context exists. */
	public static StatementTimeouts defaults() {
		return new StatementTimeouts(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(5));
	}

}
