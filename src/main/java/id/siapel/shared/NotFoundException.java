package id.siapel.shared;

/**
 * A requested resource does not exist (HTTP 404). The message key and arguments are
 * resolved from the message bundle, so the user reads it in their language.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
