package id.siapel.system.database;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL cuts every connection of SiApel in the middle of its work (a restart, a
 * failover, an administrator's {@code pg_terminate_backend}): no request may answer with
 * a stack trace or a bare 500, and the application recovers by itself (issue 14).
 */
@SiapelServerTest
class DatabaseRecoveryTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void afterEveryConnectionIsCutTheNextRequestsSucceedAndNoneIsA500() throws Exception {
		HttpUser http = new HttpUser("http://localhost:" + this.port);
		try (Connection admin = DriverManager.getConnection(
				this.environment.getRequiredProperty("spring.datasource.url"),
				this.environment.getProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password"))) {
			assertThat(http.getWithBasic("/api/v1/units", "bkpsdm", SiapelIntegrationTest.DEMO_PASSWORD).statusCode())
				.isEqualTo(200);
			// At once, while the pool still trusts the connection it has just used
			// (HikariCP skips its liveness check for 500 ms).
			assertThat(terminateEveryOtherSession(admin)).as("connections cut").isPositive();
		}

		List<Integer> answers = new ArrayList<>();
		for (int attempt = 0; attempt < 12 && !answers.contains(200); attempt++) {
			HttpResponse<String> response = http.getWithBasic("/api/v1/units", "bkpsdm",
					SiapelIntegrationTest.DEMO_PASSWORD);
			answers.add(response.statusCode());
			if (response.statusCode() != 200) {
				assertThat(response.statusCode()).as("a cut connection is a clean 503").isEqualTo(503);
				assertThat(response.headers().firstValue("Content-Type").orElse(""))
					.startsWith("application/problem+json");
				assertThat(response.body()).contains("DATABASE_UNAVAILABLE").doesNotContain("Exception");
			}
		}
		assertThat(answers).as("answers after the cut").contains(200);
		assertThat(http.getWithBasic("/api/v1/employees?size=5", "bkpsdm", SiapelIntegrationTest.DEMO_PASSWORD)
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aRequestThatLosesTheDatabaseSaysSoAndThatNothingWasSaved() throws Exception {
		HttpUser http = new HttpUser("http://localhost:" + this.port);
		HttpResponse<String> api = http.getWithBasic("/api/v1/test-errors/database", "bkpsdm",
				SiapelIntegrationTest.DEMO_PASSWORD);
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.body()).contains("\"code\":\"DATABASE_UNAVAILABLE\"").doesNotContain("secret internal detail");

		assertThat(http.loginWithForm("bkpsdm", SiapelIntegrationTest.DEMO_PASSWORD)).isEqualTo("/");
		HttpResponse<String> page = http.get("/test-errors/database");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("tidak ada yang disimpan").doesNotContain("secret internal detail");
	}

	/** What PostgreSQL does to every session of a database when it shuts down fast. */
	private static int terminateEveryOtherSession(Connection admin) throws SQLException {
		try (Statement statement = admin.createStatement(); ResultSet cut = statement.executeQuery("""
				select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
				where datname = current_database() and pid <> pg_backend_pid()""")) {
			cut.next();
			return cut.getInt(1);
		}
	}

}
