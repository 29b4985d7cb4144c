package id.siapel.job;

import lombok.Getter;

/**
 * Stops a job with a reason in the user's words: a message key of the bundles and one
 * detail to fill in ({@code {0}}). Anything else a step throws is shown as the generic
 * "unexpected error" and logged with its stack trace for the administrator.
 */
@Getter
public class JobFailedException extends RuntimeException {

	private final String messageKey;

	private final String detail;

	public JobFailedException(String messageKey, String detail) {
		super(messageKey + ": " + detail);
		this.messageKey = messageKey;
		this.detail = detail;
	}

}
