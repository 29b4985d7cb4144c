package id.siapel;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema migrates and the application starts on the PostgreSQL version production
 * runs, in a container. Runs where Docker is available (GitHub Actions); skipped cleanly
 * where it is not.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "siapel.demo.enabled=true")
@Import(TestcontainersConfiguration.class)
class PostgresContainerTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migratesAndLoadsTheDemoOnTheProductionPostgresVersion() {
		assertThat(this.jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from app_user where username in ('admin','bkpsdm','sekda')", Integer.class))
			.isEqualTo(3);
	}

}
