package id.siapel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The executable jar as an operator runs it (issue 2, "Done when"): {@code java -jar
 * target/siapel-*.jar} with only environment variables, on an empty database.
 */
class PackagedJarIT {

	static final Path JAR = Path.of(System.getProperty("siapel.jar", "target/siapel-0.1.0-SNAPSHOT.jar"));

	@Test
	void startsOnAnEmptyDatabaseFromEnvironmentVariablesAndAdminCanCallTheApi() throws Exception {
		assertThat(JAR).exists();
		String database = TestDatabase.createFresh("jar");
		int port = freePort();
		Path log = Files.createTempFile("siapel-jar", ".log");
		Process app = start(Map.of("SPRING_DATASOURCE_URL", TestDatabase.server().jdbcUrl(database),
				"SPRING_DATASOURCE_USERNAME", TestDatabase.server().username(), "SPRING_DATASOURCE_PASSWORD",
				TestDatabase.server().password(), "SIAPEL_DEMO_ENABLED", "false", "SIAPEL_ADMIN_PASSWORD",
				"jar-admin-secret", "SERVER_PORT", String.valueOf(port)), log);
		try {
			HttpUser http = new HttpUser("http://localhost:" + port);
			awaitHealthy(http, app, log);

			HttpResponse<String> me = http.getWithBasic("/api/v1/users/me", "admin", "jar-admin-secret");
			assertThat(me.statusCode()).isEqualTo(200);
			assertThat(me.body()).contains("\"username\":\"admin\"").contains("\"ADMIN\"");
			assertThat(http.get("/login").body()).contains("Masuk ke SiApel");
			assertThat(Files.readString(log)).contains("Database: using the configured URL");
		}
		finally {
			app.destroy();
			app.waitFor();
		}
	}

	@Test
	void productionProfileWithoutDatabaseUrlStopsWithAClearMessage() throws Exception {
		Path log = Files.createTempFile("siapel-jar-prod", ".log");
		Process app = start(Map.of("SPRING_PROFILES_ACTIVE", "prod", "SPRING_DATASOURCE_URL", "", "SERVER_PORT",
				String.valueOf(freePort())), log);
		assertThat(app.waitFor(Duration.ofSeconds(60).toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(app.exitValue()).isNotZero();
		assertThat(Files.readString(log)).contains("APPLICATION FAILED TO START")
			.contains("SPRING_DATASOURCE_URL")
			.doesNotContain("Tomcat started");
	}

	@Test
	void productionWithDevelopmentSettingsStopsAndNamesEachOne() throws Exception {
		Path log = Files.createTempFile("siapel-jar-prod-unsafe", ".log");
		Process app = start(
				Map.of("SPRING_PROFILES_ACTIVE", "prod", "SPRING_DATASOURCE_URL",
						"jdbc:postgresql://db.pemda.example:5432/siapel", "SPRING_DATASOURCE_PASSWORD",
						"siapel-dev-only", "SIAPEL_DEMO_ENABLED", "true", "SERVER_PORT", String.valueOf(freePort())),
				log);
		assertThat(app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(app.exitValue()).isNotZero();
		assertThat(Files.readString(log)).contains("APPLICATION FAILED TO START")
			.contains("SIAPEL_DEMO_ENABLED")
			.contains("SIAPEL_PUBLIC_URL")
			.contains("SIAPEL_DOCUMENTS_SECRET")
			.contains("SIAPEL_SECURITY_TOTP_KEY")
			.contains("SPRING_DATASOURCE_PASSWORD")
			.doesNotContain("Tomcat started");
	}

	private static Process start(Map<String, String> environment, Path log) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", JAR.toString());
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("SIAPEL_"));
		builder.environment().putAll(environment);
		return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static void awaitHealthy(HttpUser http, Process app, Path log) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() - deadline < 0) {
			if (!app.isAlive()) {
				throw new AssertionError("The jar stopped:\n" + Files.readString(log));
			}
			try {
				if (http.get("/actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The jar did not become healthy in 120 s:\n" + Files.readString(log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
