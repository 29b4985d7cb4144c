package id.siapel.system.web;

import java.util.Map;

import id.siapel.shared.ExportGate.ExportsBusyException;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the HTML pages that deserve their own page rather than a generic one: someone
 * else saved first (409, with a reload offer), or the record does not exist (404).
 */
@ControllerAdvice(annotations = Controller.class)
class WebErrorAdvice {

	@ExceptionHandler
	ModelAndView staleVersion(ObjectOptimisticLockingFailureException ex) {
		return new ModelAndView("error/409", Map.of("status", 409), HttpStatus.CONFLICT);
	}

	@ExceptionHandler
	ModelAndView conflictingData(DataIntegrityViolationException ex) {
		// A constraint caught a race that the service checks could not (two saves at the
		// same moment).
		return new ModelAndView("error/409", Map.of("status", 409), HttpStatus.CONFLICT);
	}

	/**
	 * A request a page cannot serve (a negative page number, a reversed date range): 422
	 * with the reason, never a 500. Forms catch these themselves to show them next to the
	 * field.
	 */
	@ExceptionHandler
	ModelAndView ruleViolated(RuleViolationException ex) {
		return new ModelAndView("error/4xx",
				Map.of("status", 422, "messageKey", ex.messageKey(), "messageArguments", ex.arguments()),
				HttpStatus.UNPROCESSABLE_CONTENT);
	}

	/**
	 * PostgreSQL unreachable or a connection cut under the request: nothing was saved
	 * (the transaction rolled back); say so and let the user try again (issue 14). A
	 * statement cancelled by its {@code statement_timeout} says that instead.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			QueryTimeoutException.class })
	ModelAndView databaseUnavailable(DataAccessException ex) {
		if (QueryTimeouts.isCause(ex)) {
			return new ModelAndView("error/5xx", Map.of("status", 503, "messageKey", "error.queryTimeout"),
					HttpStatus.SERVICE_UNAVAILABLE);
		}
		return new ModelAndView("error/5xx", Map.of("status", 503, "messageKey", "error.database"),
				HttpStatus.SERVICE_UNAVAILABLE);
	}

	/**
	 * Every export permit is taken (ExportGate): 503 with {@code Retry-After} and a page
	 * saying to try again shortly (issue 14).
	 */
	@ExceptionHandler
	ModelAndView exportsBusy(ExportsBusyException ex, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ExportsBusyException.RETRY_AFTER_SECONDS));
		return new ModelAndView("error/5xx", Map.of("status", 503, "messageKey", "error.exportsBusy"),
				HttpStatus.SERVICE_UNAVAILABLE);
	}

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex) {
		return new ModelAndView("error/404",
				Map.of("status", 404, "messageKey", ex.messageKey(), "messageArguments", ex.arguments()),
				HttpStatus.NOT_FOUND);
	}

}
