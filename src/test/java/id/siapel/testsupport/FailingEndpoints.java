package id.siapel.testsupport;

import java.util.Map;

import id.siapel.shared.NotFoundException;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
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

	@Controller
	static class FailingPages {

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

	}

	@RestController
	static class FailingApi {

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

		@PostMapping("/api/v1/test-errors/echo")
		Map<String, Object> echo(@RequestBody Map<String, Object> body) {
			return body;
		}

	}

}
