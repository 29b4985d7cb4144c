package id.siapel.employee.importing;

/** The uploaded file cannot be read as a table at all (not a line-level problem). */
public class ImportFileException extends Exception {

	private final String messageKey;

	private final transient Object[] arguments;

	public ImportFileException(String messageKey, Object... arguments) {
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
