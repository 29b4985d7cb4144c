package id.siapel.system.web;

import java.sql.SQLException;

/**
 * Whether a failure is PostgreSQL cancelling a statement that ran over its
 * {@code statement_timeout} (SQLSTATE {@code 57014}, issue 14). Spring translates it
 * differently by path (Hibernate: {@code QueryTimeoutException}, JDBC: a resource
 * failure), so the error handlers look at the SQL state itself.
 */
final class QueryTimeouts {

	static final String CODE = "QUERY_TIMEOUT";

	private static final String QUERY_CANCELED = "57014";

	private QueryTimeouts() {
	}

	static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
