package id.siapel.system.production;

import java.util.List;

/** The {@code prod} profile was started with settings meant for development only. */
public class UnsafeProductionSettingsException extends RuntimeException {

	private final List<String> problems;

	UnsafeProductionSettingsException(List<String> problems) {
		super("The 'prod' profile refuses to start with development settings:\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
