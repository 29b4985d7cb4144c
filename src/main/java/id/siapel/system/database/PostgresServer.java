package id.siapel.system.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server SiApel can talk to, and the few administrative statements needed to
 * give it a database of its own (create on first run, drop a test run's database at the
 * end).
 *
 * @param host host name
 * @param port TCP port
 * @param username login role
 * @param password password, may be empty under trust authentication
 */
public record PostgresServer(String host, int port, String username, String password) {

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	/**
	 * Opens a connection to the maintenance database {@code postgres}, failing fast when
	 * nothing answers.
	 */
	public Connection connectToMaintenanceDatabase() throws SQLException {
		return connect("postgres");
	}

	public Connection connect(String database) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.username);
		if (this.password != null && !this.password.isEmpty()) {
			properties.setProperty("password", this.password);
		}
		properties.setProperty("connectTimeout", "3");
		properties.setProperty("socketTimeout", "30");
		properties.setProperty("ApplicationName", "siapel-setup");
		return DriverManager.getConnection(jdbcUrl(database), properties);
	}

	/**
	 * Creates the database unless it exists. Returns {@code true} when it was created.
	 */
	public boolean createDatabaseIfMissing(String database) throws SQLException {
		requireValidName(database);
		try (Connection connection = connectToMaintenanceDatabase()) {
			try (var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
				exists.setString(1, database);
				try (var result = exists.executeQuery()) {
					if (result.next()) {
						return false;
					}
				}
			}
			try (var create = connection.createStatement()) {
				create.execute("create database " + database + " encoding 'UTF8' template template0");
			}
			return true;
		}
	}

	/** Drops the database, closing any connection still open to it (PostgreSQL 13+). */
	public void dropDatabase(String database) throws SQLException {
		requireValidName(database);
		try (Connection connection = connectToMaintenanceDatabase(); var drop = connection.createStatement()) {
			drop.execute("drop database if exists " + database + " with (force)");
		}
	}

	static void requireValidName(String database) {
		if (!DATABASE_NAME.matcher(database).matches()) {
			throw new IllegalArgumentException("Not a plain PostgreSQL database name: " + database);
		}
	}

}
