package id.siapel.testsupport;

import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import id.siapel.system.database.DockerEngine;
import id.siapel.system.database.PostgresServer;
import id.siapel.system.database.PrivatePostgresCluster;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL server of a test run, found in the same order as the application does: a
 * configured {@code SPRING_DATASOURCE_URL}'s server, PostgreSQL on localhost:5432, a
 * Testcontainers container when Docker answers, a private cluster from the machine's
 * server binaries. On that server every test run gets fresh databases of its own, dropped
 * at the end of the run, so a developer's {@code siapel} database is never touched.
 */
public final class TestDatabase {

	/**
	 * Pinned like production: the oldest PostgreSQL SiApel supports is 15 (Debian 12).
	 */
	static final String CONTAINER_IMAGE = "postgres:17-alpine";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static PostgresServer server;

	private static String source;

	private static String shared;

	private static PostgreSQLContainer container;

	private static PrivatePostgresCluster cluster;

	private static final List<String> created = new ArrayList<>();

	private static final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private TestDatabase() {
	}

	/** The database shared by the test contexts of this run (created on first use). */
	public static synchronized String sharedUrl() {
		if (shared == null) {
			shared = createFresh("run");
		}
		return server().jdbcUrl(shared);
	}

	/**
	 * A new empty database on the test server, dropped at the end of the run. Returns its
	 * name.
	 */
	public static synchronized String createFresh(String purpose) {
		String name = "siapel_test_" + purpose + "_" + LocalDateTime.now(Clock.systemUTC()).format(STAMP) + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xFFFF));
		try {
			server().createDatabaseIfMissing(name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name + " on " + source, ex);
		}
		created.add(name);
		return name;
	}

	public static synchronized PostgresServer server() {
		if (server == null) {
			server = locate();
		}
		return server;
	}

	/**
	 * An application context on one of this run's databases: closed before the database
	 * is dropped, so that nothing in it (Spring Modulith's event registry checks the
	 * database when it closes) waits for a connection that can no longer be made.
	 */
	public static synchronized void closeBeforeDropping(ConfigurableApplicationContext context) {
		contexts.add(context);
	}

	/** Drops every database this run created and stops what it started. */
	static synchronized void cleanUp() {
		for (ConfigurableApplicationContext context : contexts) {
			if (context.isActive()) {
				context.close();
			}
		}
		contexts.clear();
		if (server == null) {
			return;
		}
		for (String name : created) {
			try {
				server.dropDatabase(name);
			}
			catch (SQLException ex) {
				System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
			}
		}
		created.clear();
		shared = null;
		if (container != null) {
			container.stop();
			container = null;
		}
		if (cluster != null) {
			cluster.stop();
			cluster = null;
		}
		server = null;
	}

	private static PostgresServer locate() {
		List<String> tried = new ArrayList<>();
		String username = setting("SPRING_DATASOURCE_USERNAME", "spring.datasource.username", "postgres");
		String password = setting("SPRING_DATASOURCE_PASSWORD", "spring.datasource.password", "");
		String url = setting("SPRING_DATASOURCE_URL", "spring.datasource.url", "");
		if (!url.isBlank()) {
			PostgresServer configured = fromJdbcUrl(url, username, password);
			if (answers(configured, tried)) {
				return announce(configured, "the configured server " + configured.host() + ":" + configured.port());
			}
		}
		PostgresServer local = new PostgresServer("localhost", 5432, username, password);
		if (answers(local, tried)) {
			return announce(local, "PostgreSQL on localhost:5432");
		}
		if (DockerEngine.answers()) {
			container = new PostgreSQLContainer(CONTAINER_IMAGE);
			container.start();
			PostgresServer inContainer = new PostgresServer(container.getHost(), container.getFirstMappedPort(),
					container.getUsername(), container.getPassword());
			return announce(inContainer, "Testcontainers " + CONTAINER_IMAGE);
		}
		tried.add("Testcontainers (no Docker engine)");
		Optional<java.nio.file.Path> binaries = PrivatePostgresCluster.findBinaries("");
		if (binaries.isPresent()) {
			cluster = PrivatePostgresCluster.in(binaries.get(), java.nio.file.Path.of("target", "test-pgdata"));
			return announce(cluster.start(), "a private cluster from " + binaries.get());
		}
		tried.add("a private cluster (no server binaries)");
		throw new IllegalStateException("Tests need PostgreSQL and none was found. Tried: " + String.join("; ", tried)
				+ ". Start PostgreSQL on localhost:5432, set SPRING_DATASOURCE_URL, start Docker, "
				+ "or install the PostgreSQL server binaries.");
	}

	private static boolean answers(PostgresServer candidate, List<String> tried) {
		try (var connection = candidate.connectToMaintenanceDatabase()) {
			return connection.isValid(3);
		}
		catch (SQLException ex) {
			tried.add(candidate.host() + ":" + candidate.port() + " (" + ex.getMessage() + ")");
			return false;
		}
	}

	private static PostgresServer announce(PostgresServer found, String description) {
		source = description;
		System.out.println("Test database server: " + description);
		return found;
	}

	public static PostgresServer fromJdbcUrl(String jdbcUrl, String username, String password) {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		return new PostgresServer(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 5432, username, password);
	}

	private static String setting(String environmentVariable, String systemProperty, String fallback) {
		String value = System.getProperty(systemProperty);
		if (value == null || value.isBlank()) {
			value = System.getenv(environmentVariable);
		}
		return (value == null) ? fallback : value;
	}

}
