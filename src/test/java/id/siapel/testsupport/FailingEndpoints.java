package id.siapel.testsupport;

import java.util.Map;

import id.siapel.shared.NotFoundException;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that fail on purpose, so tests can see what users see when something goes
 * wrong.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingEndpoints {

	/**
	 * A statement that runs longer than its transaction's statement timeout, lowered to
	 * 200 ms here (with {@code SET LOCAL}, as a report or job lengthens it) so the test
	 * need not wait the 30 s of a web request.
	 */
	static void slowQuery(TransactionTemplate transactions, JdbcTemplate jdbc) {
		transactions.executeWithoutResult((status) -> {
			jdbc.queryForObject("select set_config('statement_timeout', '200ms', true)", String.class);
			jdbc.queryForObject("select pg_sleep(3)::text", String.class);
		});
	}

	@Controller
	static class FailingPages {

		private final TransactionTemplate transactions;

		private final JdbcTemplate jdbc;

		FailingPages(TransactionTemplate transactions, JdbcTemplate jdbc) {
			this.transactions = transactions;
			this.jdbc = jdbc;
		}

		@GetMapping("/test-errors/missing")
		String missing() {
			throw new NotFoundException("user.notFound", "tukang-sulap");
		}

		@GetMapping("/test-errors/stale")
		String stale() {
			throw new ObjectOptimisticLockingFailureException("RollCall", 1L);
		}

		@GetMapping("/test-errors/boom")
		String boom() {
			throw new IllegalStateException("secret internal detail");
		}

		@GetMapping("/test-errors/database")
		String database() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection: secret internal detail");
		}

		@GetMapping("/test-errors/slow-query")
		String slowQuery() {
			FailingEndpoints.slowQuery(this.transactions, this.jdbc);
			return "error/5xx";
		}

	}

	@RestController
	static class FailingApi {

		private final TransactionTemplate transactions;

		private final JdbcTemplate jdbc;

		FailingApi(TransactionTemplate transactions, JdbcTemplate jdbc) {
			this.transactions = transactions;
			this.jdbc = jdbc;
		}

		@PostMapping("/api/v1/test-errors/stale")
		String stale() {
			throw new ObjectOptimisticLockingFailureException("RollCall", 1L);
		}

		@GetMapping("/api/v1/test-errors/boom")
		String boom() {
			throw new IllegalStateException("secret internal detail");
		}

		@GetMapping("/api/v1/test-errors/database")
		String database() {
			throw new DataAccessResourceFailureException("terminating connection: secret internal detail");
		}

		@GetMapping("/api/v1/test-errors/slow-query")
		String slowQuery() {
			FailingEndpoints.slowQuery(this.transactions, this.jdbc);
			return "done";
		}

		@PostMapping("/api/v1/test-errors/echo")
		Map<String, Object> echo(@RequestBody Map<String, Object> body) {
			return body;
		}

	}

}
