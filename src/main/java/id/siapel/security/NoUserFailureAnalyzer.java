package id.siapel.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says plainly how to create the first administrator when production refuses to start.
 */
class NoUserFailureAnalyzer extends AbstractFailureAnalyzer<InitialAdministrator.NoUserException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InitialAdministrator.NoUserException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set SIAPEL_ADMIN_PASSWORD (at least 10 characters) for the first start: SiApel then creates the "
						+ "user 'admin' with role ADMIN. Change that password after the first login.",
				cause);
	}

}
