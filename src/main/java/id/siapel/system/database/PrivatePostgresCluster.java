package id.siapel.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of SiApel's own, made from the server binaries installed on the
 * machine ({@code initdb}, {@code pg_ctl}): the development fallback when no server
 * answers and no Docker engine is available. Listens on 127.0.0.1 only, on a free port,
 * with trust authentication for the {@code postgres} role. As root, PostgreSQL refuses to
 * run, so the binaries run as the {@code postgres} system user and the data directory
 * belongs to it.
 */
public final class PrivatePostgresCluster {

	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);

	private final Path binDirectory;

	private final Path dataDirectory;

	private final boolean runAsPostgresUser;

	private int port;

	private PrivatePostgresCluster(Path binDirectory, Path dataDirectory, boolean runAsPostgresUser) {
		this.binDirectory = binDirectory;
		this.dataDirectory = dataDirectory;
		this.runAsPostgresUser = runAsPostgresUser;
	}

	/**
	 * Finds the newest server binaries: an explicit directory if given, else
	 * {@code /usr/lib/postgresql/<version>/bin} (Debian, Ubuntu), else {@code initdb} on
	 * the PATH.
	 */
	public static Optional<Path> findBinaries(String explicitDirectory) {
		if (explicitDirectory != null && !explicitDirectory.isBlank()) {
			Path dir = Path.of(explicitDirectory);
			return hasServerBinaries(dir) ? Optional.of(dir) : Optional.empty();
		}
		Path debian = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(debian)) {
			try (Stream<Path> versions = Files.list(debian)) {
				Optional<Path> newest = versions.map(version -> version.resolve("bin"))
					.filter(PrivatePostgresCluster::hasServerBinaries)
					.max(Comparator.comparing(PrivatePostgresCluster::majorVersion));
				if (newest.isPresent()) {
					return newest;
				}
			}
			catch (IOException ex) {
				// fall through to PATH lookup
			}
		}
		String path = System.getenv("PATH");
		if (path != null) {
			for (String entry : path.split(java.io.File.pathSeparator)) {
				Path dir = Path.of(entry);
				if (hasServerBinaries(dir)) {
					return Optional.of(dir);
				}
			}
		}
		return Optional.empty();
	}

	private static int majorVersion(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static boolean hasServerBinaries(Path dir) {
		return Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"))
				&& Files.isExecutable(dir.resolve("postgres"));
	}

	/**
	 * Prepares a cluster in {@code dataDirectory} (initialised on first use, reused
	 * afterwards). Fails when running as root and no {@code postgres} system user exists.
	 */
	public static PrivatePostgresCluster in(Path binDirectory, Path dataDirectory) {
		boolean root = "root".equals(System.getProperty("user.name"));
		if (root && !systemUserExists("postgres")) {
			throw new IllegalStateException(
					"PostgreSQL cannot run as root and there is no 'postgres' system user to run it as");
		}
		return new PrivatePostgresCluster(binDirectory, dataDirectory.toAbsolutePath().normalize(), root);
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	public int port() {
		return this.port;
	}

	/** The superuser of the cluster, reachable with trust authentication on 127.0.0.1. */
	public PostgresServer server() {
		return new PostgresServer("127.0.0.1", this.port, "postgres", "");
	}

	/**
	 * Initialises the cluster if needed and starts it, or attaches to it if it is already
	 * running.
	 */
	public PostgresServer start() {
		try {
			prepareDirectory();
			if (!Files.exists(this.dataDirectory.resolve("PG_VERSION"))) {
				run(List.of(bin("initdb"), "-D", this.dataDirectory.toString(), "-U", "postgres", "--auth=trust", "-E",
						"UTF8", "--locale=C", "--no-instructions"));
			}
			Optional<Integer> runningPort = runningPort();
			if (runningPort.isPresent()) {
				this.port = runningPort.get();
				return server();
			}
			this.port = freePort();
			String options = "-p " + this.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
			run(List.of(bin("pg_ctl"), "-D", this.dataDirectory.toString(), "-o", options, "-l",
					this.dataDirectory.resolveSibling("postgres.log").toString(), "-w", "-t", "60", "start"));
			return server();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the private PostgreSQL cluster in " + this.dataDirectory,
					ex);
		}
	}

	/**
	 * Stops the cluster (fast shutdown: open connections are closed, nothing committed is
	 * lost).
	 */
	public void stop() {
		try {
			if (runningPort().isPresent()) {
				run(List.of(bin("pg_ctl"), "-D", this.dataDirectory.toString(), "-m", "fast", "-w", "stop"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The port from {@code postmaster.pid} when the cluster is running. */
	private Optional<Integer> runningPort() throws IOException {
		Path pidFile = this.dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		ProcessRunner.Result status = execute(List.of(bin("pg_ctl"), "-D", this.dataDirectory.toString(), "status"));
		if (status.exitCode() != 0) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		// postmaster.pid line 4 is the port (PostgreSQL source: miscadmin.h
		// LOCK_FILE_LINE_PORT).
		return lines.size() >= 4 ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
	}

	private void prepareDirectory() throws IOException {
		Path parent = this.dataDirectory.getParent();
		Files.createDirectories(parent);
		if (!Files.exists(this.dataDirectory)) {
			Files.createDirectory(this.dataDirectory);
		}
		if (this.runAsPostgresUser) {
			UserPrincipal postgres = this.dataDirectory.getFileSystem()
				.getUserPrincipalLookupService()
				.lookupPrincipalByName("postgres");
			Files.setOwner(parent, postgres);
			try (Stream<Path> files = Files.walk(this.dataDirectory)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					Files.setOwner(file, postgres);
				}
			}
		}
		// initdb insists on a data directory only its owner can read (0700).
		execute(command(List.of("chmod", "700", this.dataDirectory.toString())));
	}

	private String bin(String name) {
		return this.binDirectory.resolve(name).toString();
	}

	private void run(List<String> command) throws IOException {
		ProcessRunner.Result result = execute(command);
		if (result.exitCode() != 0) {
			throw new IOException(
					String.join(" ", command) + " failed (" + result.exitCode() + "): " + result.output());
		}
	}

	private ProcessRunner.Result execute(List<String> command) throws IOException {
		return ProcessRunner.run(command(command), COMMAND_TIMEOUT);
	}

	private List<String> command(List<String> command) {
		if (!this.runAsPostgresUser) {
			return command;
		}
		List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		asPostgres.addAll(command);
		return asPostgres;
	}

	private static boolean systemUserExists(String name) {
		try {
			return ProcessRunner.run(List.of("id", "-u", name), Duration.ofSeconds(5)).exitCode() == 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
