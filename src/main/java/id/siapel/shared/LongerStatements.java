package id.siapel.shared;

import java.time.Duration;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives the current transaction a longer statement timeout than a web request's: a report
 * or export ({@link #forReport()}) or a job ({@link #forJob()}). Called as the first line
 * of the transactional method, it runs {@code set_config('statement_timeout',
 * …, true)}, the function form of {@code SET LOCAL}: the value ends with the transaction,
 * so the pooled connection goes back with the web limit whatever happens (commit,
 * rollback, an exception). An explicit call rather than an annotation and aspect: it must
 * run inside the transaction, which an aspect could only guarantee by ordering itself
 * against Spring's transaction interceptor, and the call shows at the place where the
 * long work starts.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class LongerStatements {

	private final JdbcClient jdbc;

	private final StatementTimeouts timeouts;

	/** The report limit ({@code siapel.database.statement-timeout.report}). */
	public void forReport() {
		lengthen(this.timeouts.report());
	}

	/** The job limit ({@code siapel.database.statement-timeout.job}). */
	public void forJob() {
		lengthen(this.timeouts.job());
	}

	/**
	 * Lets the current transaction sit idle for up to {@code limit} while the thread
	 * works without the database (a job rendering a PDF of thousands of employees in one
	 * step): {@code siapel.database.idle-in-transaction-timeout} (60 s) would otherwise
	 * end the session in the middle of it. Like the statement limit, the value ends with
	 * the transaction.
	 */
	public void idleWhileWorking(Duration limit) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			this.jdbc.sql("select set_config('idle_in_transaction_session_timeout', :limit, true)")
				.param("limit", limit.toMillis() + "ms")
				.query(String.class)
				.single();
		}
	}

	private void lengthen(Duration limit) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// Outside a transaction SET LOCAL would be lost at once, and a session-wide
			// SET
			// would stay with the pooled connection: keep the web limit and say so.
			log.warn("No transaction: the statements keep the web statement timeout", new IllegalStateException());
			return;
		}
		this.jdbc.sql("select set_config('statement_timeout', :limit, true)")
			.param("limit", limit.toMillis() + "ms")
			.query(String.class)
			.single();
	}

}
