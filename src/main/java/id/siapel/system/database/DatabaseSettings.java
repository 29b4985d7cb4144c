package id.siapel.system.database;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

/**
 * How SiApel looks for a development database when no {@code spring.datasource.url} is
 * configured ({@code siapel.database.*}).
 *
 * @param name database to use or create on the server found
 * @param localPort port probed on localhost (step 2)
 * @param username login for the probed server ({@code spring.datasource.username},
 * default {@code postgres})
 * @param password its password ({@code spring.datasource.password}, default empty)
 * @param clusterDirectory data directory of the private cluster (step 4)
 * @param postgresBin directory of {@code initdb}/{@code pg_ctl}; empty means search the
 * usual places
 * @param dockerCompose whether step 3 may use Docker Compose at all
 */
public record DatabaseSettings(String name, int localPort, String username, String password, Path clusterDirectory,
		String postgresBin, boolean dockerCompose) {

	public static DatabaseSettings from(Environment environment) {
		return new DatabaseSettings(environment.getProperty("siapel.database.name", "siapel"),
				environment.getProperty("siapel.database.local-port", Integer.class, 5432),
				environment.getProperty("spring.datasource.username", "postgres"),
				environment.getProperty("spring.datasource.password", ""),
				Path.of(environment.getProperty("siapel.database.cluster-directory", ".siapel/pgdata")),
				environment.getProperty("siapel.database.postgres-bin", ""),
				environment.getProperty("siapel.database.docker-compose", Boolean.class, true));
	}

	public PostgresServer localServer() {
		return new PostgresServer("localhost", this.localPort, this.username, this.password);
	}

}
