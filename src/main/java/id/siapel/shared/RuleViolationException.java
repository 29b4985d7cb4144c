package id.siapel.shared;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * A well-formed request that breaks one or more business rules (HTTP 422): a non-working
 * day, a duplicate code, an invalid NIP. Each problem names the input at fault, so a form
 * can show the error next to it and the API can list it in {@code errors}.
 */
public class RuleViolationException extends RuntimeException {

	private final transient List<Problem> problems;

	public RuleViolationException(String field, String messageKey, Object... arguments) {
		this(List.of(new Problem(field, messageKey, arguments)));
	}

	public RuleViolationException(List<Problem> problems) {
		super(problems.isEmpty() ? "rule violated" : problems.get(0).messageKey());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A rule violation needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * The input at fault in the first problem, or {@code null} when it concerns the whole
	 * request.
	 */
	public String field() {
		return this.problems.get(0).field();
	}

	public String messageKey() {
		return this.problems.get(0).messageKey();
	}

	public Object[] arguments() {
		return this.problems.get(0).arguments();
	}

	/**
	 * Puts every problem into a form's binding result: a field error when it names a
	 * field of the form, otherwise a global error (problems on a line of a list are
	 * global; the page lists them by line).
	 */
	public void rejectInto(Errors errors) {
		for (Problem problem : this.problems) {
			if (problem.line() == null && problem.field() != null && errors.getFieldType(problem.field()) != null) {
				errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			}
			else {
				errors.reject(problem.messageKey(), problem.arguments(), null);
			}
		}
	}

	/**
	 * One broken rule.
	 *
	 * @param line the line of an uploaded file or list it is on (a file's header is line
	 * 1), or {@code null}
	 * @param field the input at fault, or {@code null}
	 * @param messageKey key in the message bundle
	 * @param arguments values for the message's placeholders
	 */
	public record Problem(Integer line, String field, String messageKey, Object... arguments) {

		public Problem {
			arguments = (arguments != null) ? arguments.clone() : new Object[0];
		}

		public Problem(String field, String messageKey, Object... arguments) {
			this((Integer) null, field, messageKey, arguments);
		}

		public static Problem onLine(int line, String field, String messageKey, Object... arguments) {
			return new Problem(Integer.valueOf(line), field, messageKey, arguments);
		}

	}

}
