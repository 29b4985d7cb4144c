package id.siapel.system.database;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Whether a Docker engine answers (the client alone is not enough). */
public final class DockerEngine {

	private DockerEngine() {
	}

	public static boolean answers() {
		try {
			return ProcessRunner
				.run(List.of("docker", "info", "--format", "{{.ServerVersion}}"), Duration.ofSeconds(10))
				.exitCode() == 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
