package id.siapel.system.database;

/** No PostgreSQL server could be found or started; the message says what was tried. */
public class DatabaseUnavailableException extends RuntimeException {

	private final String action;

	DatabaseUnavailableException(String message, String action) {
		super(message);
		this.action = action;
	}

	static DatabaseUnavailableException productionNeedsUrl() {
		return new DatabaseUnavailableException(
				"The 'prod' profile is active but no database is configured (spring.datasource.url is empty).",
				"Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. "
						+ "In production SiApel never looks for or starts a database by itself.");
	}

	static DatabaseUnavailableException nothingFound(DatabaseSettings settings, String tried) {
		return new DatabaseUnavailableException("No PostgreSQL server could be found or started. Tried: " + tried,
				"Choose one of:\n"
						+ "  1. set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to a PostgreSQL database;\n"
						+ "  2. start PostgreSQL on localhost:" + settings.localPort()
						+ " (SiApel creates the database '" + settings.name() + "' itself);\n"
						+ "  3. start a Docker engine: SiApel then runs PostgreSQL from docker-compose.yml;\n"
						+ "  4. install the PostgreSQL server binaries (Debian/Ubuntu: apt-get install postgresql): "
						+ "SiApel then runs a private cluster under " + settings.clusterDirectory() + ".");
	}

	public String action() {
		return this.action;
	}

}
