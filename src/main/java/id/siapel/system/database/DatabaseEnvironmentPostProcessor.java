package id.siapel.system.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Finds a PostgreSQL server before the data source is created, in this order, and logs
 * which one it used:
 * <ol>
 * <li>a configured {@code spring.datasource.url} ({@code SPRING_DATASOURCE_URL});</li>
 * <li>PostgreSQL on {@code localhost:5432}, creating the database {@code siapel} if
 * missing;</li>
 * <li>{@code docker-compose.yml} through spring-boot-docker-compose, when a Docker engine
 * answers;</li>
 * <li>the PostgreSQL server binaries of the machine: a private cluster under
 * {@code .siapel/pgdata}, stopped again when the application stops;</li>
 * <li>otherwise startup stops with a message naming these options.</li>
 * </ol>
 * Steps 2 to 4 exist for development; with the {@code prod} profile only step 1 is
 * allowed.
 */
class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * After the configuration files are read, so a URL from any of them counts as
	 * configured.
	 */
	static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 10;

	private static final String PROPERTY_SOURCE = "siapelDiscoveredDatabase";

	private final Log log;

	DatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(DatabaseEnvironmentPostProcessor.class);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty("spring.datasource.url");
		if (StringUtils.hasText(configured)) {
			this.log.info("Database: using the configured URL " + withoutQuery(configured));
			return;
		}
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw DatabaseUnavailableException.productionNeedsUrl();
		}
		DatabaseSettings settings = DatabaseSettings.from(environment);
		List<String> tried = new ArrayList<>();

		Optional<String> local = useLocalServer(settings, environment, tried);
		if (local.isPresent()) {
			this.log.info(local.get());
			return;
		}
		if (useDockerCompose(settings, environment, tried)) {
			return;
		}
		if (usePrivateCluster(settings, environment, tried)) {
			return;
		}
		throw DatabaseUnavailableException.nothingFound(settings, String.join("; ", tried));
	}

	private Optional<String> useLocalServer(DatabaseSettings settings, ConfigurableEnvironment environment,
			List<String> tried) {
		PostgresServer server = settings.localServer();
		try {
			boolean created = server.createDatabaseIfMissing(settings.name());
			use(environment, server, settings.name());
			return Optional.of("Database: PostgreSQL on localhost:" + settings.localPort() + ", database '"
					+ settings.name() + "'" + (created ? " (created now)" : ""));
		}
		catch (SQLException ex) {
			tried.add("localhost:" + settings.localPort() + " (" + firstLine(ex.getMessage()) + ")");
			if (ex.getSQLState() != null && ex.getSQLState().startsWith("28")) {
				this.log.warn("Database: PostgreSQL on localhost:" + settings.localPort() + " refused the login '"
						+ settings.username() + "'; set SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
			}
			return Optional.empty();
		}
	}

	private boolean useDockerCompose(DatabaseSettings settings, ConfigurableEnvironment environment,
			List<String> tried) {
		Path composeFile = Path.of("docker-compose.yml").toAbsolutePath();
		if (!settings.dockerCompose() || !Files.exists(composeFile)) {
			tried.add("Docker Compose (disabled or no docker-compose.yml here)");
			return false;
		}
		if (!DockerEngine.answers()) {
			tried.add("Docker Compose (no Docker engine answers)");
			return false;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.docker.compose.enabled", "true");
		properties.put("spring.docker.compose.file", composeFile.toString());
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
		this.log.info("Database: PostgreSQL from " + composeFile + " through Docker Compose");
		return true;
	}

	private boolean usePrivateCluster(DatabaseSettings settings, ConfigurableEnvironment environment,
			List<String> tried) {
		Optional<Path> binaries = PrivatePostgresCluster.findBinaries(settings.postgresBin());
		if (binaries.isEmpty()) {
			tried.add("a private cluster (no PostgreSQL server binaries found)");
			return false;
		}
		try {
			PrivatePostgresCluster cluster = PrivatePostgresCluster.in(binaries.get(), settings.clusterDirectory());
			PostgresServer server = cluster.start();
			SpringApplication.getShutdownHandlers().add(cluster::stop);
			boolean created = server.createDatabaseIfMissing(settings.name());
			use(environment, server, settings.name());
			this.log.info("Database: private PostgreSQL cluster in " + cluster.dataDirectory() + " on 127.0.0.1:"
					+ cluster.port() + " from " + binaries.get() + ", database '" + settings.name() + "'"
					+ (created ? " (created now)" : "") + "; it stops when SiApel stops");
			return true;
		}
		catch (RuntimeException | SQLException ex) {
			tried.add("a private cluster from " + binaries.get() + " (" + firstLine(ex.getMessage()) + ")");
			return false;
		}
	}

	private static void use(ConfigurableEnvironment environment, PostgresServer server, String database) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", server.jdbcUrl(database));
		properties.put("spring.datasource.username", server.username());
		properties.put("spring.datasource.password", server.password());
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
	}

	private static String withoutQuery(String url) {
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no detail";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
