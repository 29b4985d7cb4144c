package id.siapel.system.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs an external command with a timeout and captures what it printed. */
final class ProcessRunner {

	private ProcessRunner() {
	}

	static Result run(List<String> command, Duration timeout) throws IOException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			// The program is missing: report it like a failed command, callers decide
			// what it means.
			return new Result(127, ex.getMessage());
		}
		CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return new Result(124, "timed out after " + timeout.toSeconds() + " s");
			}
			return new Result(process.exitValue(), output.join().strip());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException("Interrupted while running " + command.get(0), ex);
		}
	}

	private static String readAll(InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	record Result(int exitCode, String output) {
	}

}
