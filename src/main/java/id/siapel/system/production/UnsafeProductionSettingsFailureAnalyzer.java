package id.siapel.system.production;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the unsafe production settings as Boot's "APPLICATION FAILED TO START" report.
 */
class UnsafeProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeProductionSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionSettingsException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set the variables above (README, \"Production\"), then start again.", cause);
	}

}
