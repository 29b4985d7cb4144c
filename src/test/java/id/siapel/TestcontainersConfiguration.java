package id.siapel;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * PostgreSQL in a container, pinned to the version production runs (docker-compose.yml).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestcontainersConfiguration {

	static final String IMAGE = "postgres:17-alpine";

	@Bean
	@ServiceConnection
	PostgreSQLContainer postgres() {
		return new PostgreSQLContainer(IMAGE);
	}

}
