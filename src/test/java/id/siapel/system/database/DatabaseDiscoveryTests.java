package id.siapel.system.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapel.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The order in which {@code ./mvnw spring-boot:run} finds a database (issue 2):
 * configured URL, localhost:5432, Docker Compose, a private cluster from the server
 * binaries, else a clear message.
 */
class DatabaseDiscoveryTests {

	private final DatabaseEnvironmentPostProcessor discovery = new DatabaseEnvironmentPostProcessor(
			(DeferredLogFactory) (destination) -> destination.get());

	private final SpringApplication application = new SpringApplication();

	@Test
	void aConfiguredUrlIsUsedAsItIs() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db.pemda.example:5432/siapel");
		this.discovery.postProcessEnvironment(environment, this.application);
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.pemda.example:5432/siapel");
	}

	@Test
	void productionWithoutAConfiguredUrlRefusesToLookForOne() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		assertThatThrownBy(() -> this.discovery.postProcessEnvironment(environment, this.application))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("prod");
	}

	@Test
	void aServerOnTheLocalPortGetsTheDatabaseCreated() throws SQLException {
		PostgresServer server = TestDatabase.server();
		assumeThat(server.host()).as("the run's server is on localhost").isIn("localhost", "127.0.0.1");
		String name = "siapel_discovery_" + UUID.randomUUID().toString().substring(0, 8);
		MockEnvironment environment = new MockEnvironment().withProperty("siapel.database.name", name)
			.withProperty("siapel.database.local-port", String.valueOf(server.port()))
			.withProperty("spring.datasource.username", server.username())
			.withProperty("spring.datasource.password", server.password());
		try {
			this.discovery.postProcessEnvironment(environment, this.application);
			assertThat(environment.getProperty("spring.datasource.url"))
				.isEqualTo("jdbc:postgresql://localhost:" + server.port() + "/" + name);
			assertThat(server.createDatabaseIfMissing(name)).as("already created by the discovery").isFalse();
		}
		finally {
			server.dropDatabase(name);
		}
	}

	@Test
	void withoutServerOrDockerThePrivateClusterFromTheBinariesIsStartedAndStopped() throws Exception {
		Optional<Path> binaries = PrivatePostgresCluster.findBinaries("");
		assumeThat(binaries).as("PostgreSQL server binaries on this machine").isPresent();
		Path dataDirectory = clusterDirectory();
		MockEnvironment environment = nothingElseAvailable().withProperty("siapel.database.cluster-directory",
				dataDirectory.toString());

		this.discovery.postProcessEnvironment(environment, this.application);

		String url = environment.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:").endsWith("/siapel");
		PostgresServer cluster = TestDatabase.fromJdbcUrl(url, "postgres", "");
		try (var connection = cluster.connect("siapel");
				var result = connection.createStatement().executeQuery("select current_setting('data_directory')")) {
			result.next();
			assertThat(Path.of(result.getString(1))).isEqualTo(dataDirectory.toAbsolutePath().normalize());
		}
		finally {
			PrivatePostgresCluster.in(binaries.get(), dataDirectory).stop();
		}
		assertThatThrownBy(() -> cluster.connect("siapel").close()).isInstanceOf(SQLException.class);
	}

	@Test
	void withNothingAvailableStartupStopsWithAMessageNamingTheOptions(@TempDir Path emptyBinDirectory) {
		MockEnvironment environment = nothingElseAvailable().withProperty("siapel.database.postgres-bin",
				emptyBinDirectory.toString());
		assertThatThrownBy(() -> this.discovery.postProcessEnvironment(environment, this.application))
			.isInstanceOfSatisfying(DatabaseUnavailableException.class, (ex) -> {
				assertThat(ex.getMessage())
					.contains("localhost:" + environment.getProperty("siapel.database.local-port"));
				assertThat(ex.action()).contains("SPRING_DATASOURCE_URL")
					.contains("localhost:")
					.contains("Docker")
					.contains("apt-get install postgresql");
			});
	}

	/** A closed local port and Docker Compose switched off. */
	private static MockEnvironment nothingElseAvailable() {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("siapel.database.local-port", String.valueOf(closedPort()),
					"siapel.database.docker-compose", "false")));
		return environment;
	}

	/**
	 * A data directory the {@code postgres} user can reach when the tests run as root (a
	 * JUnit temp directory under /tmp is private to root on some systems).
	 */
	private static Path clusterDirectory() throws IOException {
		Path base = Path.of("target", "discovery-" + UUID.randomUUID().toString().substring(0, 8));
		Files.createDirectories(base);
		return base.resolve("pgdata");
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
