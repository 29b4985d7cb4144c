package id.siapel.system.web;

import java.util.List;
import java.util.Map;

import id.siapel.shared.ExportGate.ExportsBusyException;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details (api.md, Conventions): malformed
 * JSON or an unknown enum value 400, a broken rule or invalid field 422 with
 * {@code errors: [{field, message}]}, unknown resource 404, stale version 409, not
 * allowed 403. Never a stack trace.
 */
@Slf4j
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final HttpStatus UNPROCESSABLE = HttpStatus.UNPROCESSABLE_CONTENT;

	private final MessageSource messages;

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", message(error)))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(UNPROCESSABLE, "The request has invalid fields.");
		problem.setProperty("errors", errors);
		return ResponseEntity.status(UNPROCESSABLE).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (BodyLimitFilter.isTooLarge(ex)
				|| request.getAttribute(BodyLimitFilter.TOO_LARGE, WebRequest.SCOPE_REQUEST) != null) {
			// A chunked body grown over its limit while being read (BodyLimitFilter).
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(413),
					"The request body is larger than this address accepts.");
			problem.setProperty("code", BodyLimitFilter.CODE);
			return ResponseEntity.status(413).header(HttpHeaders.CONNECTION, "close").body(problem);
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(RuleViolationException ex) {
		List<Map<String, Object>> errors = ex.problems().stream().map(this::error).toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(UNPROCESSABLE,
				(errors.size() == 1) ? errors.get(0).get("message").toString() : this.messages.getMessage(
						"error.invalidFields", new Object[] { errors.size() }, LocaleContextHolder.getLocale()));
		problem.setProperty("errors", errors);
		return problem;
	}

	private Map<String, Object> error(RuleViolationException.Problem problem) {
		Map<String, Object> error = new java.util.LinkedHashMap<>();
		if (problem.line() != null) {
			error.put("line", problem.line());
		}
		error.put("field", problem.field());
		error.put("message", this.messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
				LocaleContextHolder.getLocale()));
		return error;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, this.messages.getMessage(ex.messageKey(),
				ex.arguments(), ex.messageKey(), LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler
	ProblemDetail staleVersion(ObjectOptimisticLockingFailureException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("error.409.text", null, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler
	ProblemDetail conflictingData(DataIntegrityViolationException ex) {
		// A unique or foreign-key constraint caught what a service check did not (e.g.
		// two
		// simultaneous creations with the same code): a conflict the client can retry,
		// not a 500.
		log.warn("Data integrity violation on an API request: {}", ex.getMostSpecificCause().getMessage());
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("error.integrity", null, LocaleContextHolder.getLocale()));
	}

	/**
	 * PostgreSQL unreachable, restarting, or a connection cut under a request: the
	 * transaction was rolled back, nothing was half saved, and the client may retry
	 * (issue 14). The pool drops the broken connection, so the next request gets a sound
	 * one. A statement cancelled by its {@code statement_timeout} is also a 503, with the
	 * code {@code QUERY_TIMEOUT}.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			QueryTimeoutException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(DataAccessException ex) {
		if (QueryTimeouts.isCause(ex)) {
			// A statement over its statement_timeout: PostgreSQL cancelled it and the
			// transaction rolled back. Retrying at once would likely time out again.
			log.warn("Statement timeout during an API request: {}", ex.getMostSpecificCause().getMessage());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					this.messages.getMessage("error.queryTimeout", null, LocaleContextHolder.getLocale()));
			problem.setProperty("code", QueryTimeouts.CODE);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "60")
				.body(problem);
		}
		log.warn("Database unavailable during an API request: {}", ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				this.messages.getMessage("error.database", null, LocaleContextHolder.getLocale()));
		problem.setProperty("code", "DATABASE_UNAVAILABLE");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	/** Every export permit is taken (ExportGate): try again shortly (issue 14). */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> exportsBusy(ExportsBusyException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				this.messages.getMessage("error.exportsBusy", null, LocaleContextHolder.getLocale()));
		problem.setProperty("code", ExportsBusyException.CODE);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ExportsBusyException.RETRY_AFTER_SECONDS))
			.body(problem);
	}

	@ExceptionHandler
	ProblemDetail denied(AccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				this.messages.getMessage("error.403.text", null, LocaleContextHolder.getLocale()));
	}

	private String message(FieldError error) {
		return this.messages.getMessage(error, LocaleContextHolder.getLocale());
	}

}
