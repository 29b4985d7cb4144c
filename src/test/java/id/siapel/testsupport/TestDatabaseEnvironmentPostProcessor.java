package id.siapel.testsupport;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application started in a test JVM at the run's own database, before the
 * application's own database discovery runs. A test that brings its own database sets
 * {@code siapel.test.own-database=true}.
 */
class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 5;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("siapel.test.own-database", Boolean.class, false)) {
			return;
		}
		var server = TestDatabase.server();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("siapelTestDatabase",
					Map.of("spring.datasource.url", TestDatabase.sharedUrl(), "spring.datasource.username",
							server.username(), "spring.datasource.password", server.password())));
	}

}
