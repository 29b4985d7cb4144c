package id.siapel.shared;

/**
 * A well-formed request that breaks a business rule (HTTP 422): a non-working day, a
 * duplicate code, an invalid NIP. The optional field names the input at fault so forms
 * can show the error next to it.
 */
public class RuleViolationException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public RuleViolationException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/**
	 * The input at fault, or {@code null} when the rule concerns the request as a whole.
	 */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
