package id.siapel.system.database;

import java.net.http.HttpResponse;

import id.siapel.shared.LongerStatements;
import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No statement runs for ever (issue 14): every pooled connection has the web request's
 * statement timeout and an idle-in-transaction timeout from the moment it opens, a
 * report's transaction gets its longer limit and gives it back with the connection, and a
 * statement over its limit ends the request with a clean 503 {@code QUERY_TIMEOUT}, never
 * a hang or a bare 500.
 */
@SiapelServerTest
class StatementTimeoutTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	LongerStatements longer;

	@Test
	void everyPooledConnectionHasTheWebLimitAndTheIdleTransactionLimit() {
		assertThat(show("statement_timeout")).isEqualTo("30s");
		assertThat(show("idle_in_transaction_session_timeout")).isEqualTo("1min");
	}

	@Test
	void aReportTransactionHasTheLongerLimitOnlyUntilItEnds() {
		String inside = this.transactions.execute((status) -> {
			this.longer.forReport();
			return show("statement_timeout");
		});
		assertThat(inside).isEqualTo("2min");
		String job = this.transactions.execute((status) -> {
			this.longer.forJob();
			return show("statement_timeout");
		});
		assertThat(job).isEqualTo("5min");
		assertThat(show("statement_timeout")).as("back in the pool with the web limit").isEqualTo("30s");
	}

	@Test
	void aStatementOverItsLimitIsACleanErrorInTheApiAndThePages() throws Exception {
		HttpUser http = new HttpUser("http://localhost:" + this.port);
		HttpResponse<String> api = http.getWithBasic("/api/v1/test-errors/slow-query", "bkpsdm",
				SiapelIntegrationTest.DEMO_PASSWORD);
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.body()).contains("\"code\":\"QUERY_TIMEOUT\"", "terlalu lama").doesNotContain("Exception");

		assertThat(http.loginWithForm("bkpsdm", SiapelIntegrationTest.DEMO_PASSWORD)).isEqualTo("/");
		HttpResponse<String> page = http.get("/test-errors/slow-query");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("terlalu lama diproses basis data").doesNotContain("Exception");
		assertThat(http.getWithBasic("/api/v1/units", "bkpsdm", SiapelIntegrationTest.DEMO_PASSWORD).statusCode())
			.as("the next request is served")
			.isEqualTo(200);
	}

	private String show(String setting) {
		return this.jdbc.queryForObject("show " + setting, String.class);
	}

}
