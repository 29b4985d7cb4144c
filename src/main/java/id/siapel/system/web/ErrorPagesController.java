package id.siapel.system.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.siapel.shared.ProblemJson;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where every error ends that no handler answered (unknown path, wrong method, an
 * exception outside a controller): {@code /api/**} gets problem+json, pages get
 * {@code error/403}, {@code 404}, {@code 409}, {@code 4xx} or {@code 5xx}. Neither ever
 * shows a stack trace or exception message.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPagesController extends AbstractErrorController {

	/**
	 * Set on a request the firewall refused for its address (an encoded slash in the
	 * path, say): the page says that the address is at fault.
	 */
	static final String UNUSABLE_ADDRESS = "siapel.unusableAddress";

	ErrorPagesController(ErrorAttributes errorAttributes) {
		super(errorAttributes, List.of());
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = getStatus(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
			ProblemJson.write(response, status, apiDetail(status), path);
			return null;
		}
		// Set by the security configuration when a form was refused for a stale CSRF
		// token:
		// the session ended while the page was open, which the 403 page says plainly.
		boolean sessionEnded = Boolean.TRUE.equals(request.getAttribute("siapel.sessionEnded"));
		Map<String, Object> model = new HashMap<>(Map.of("status", status.value(), "sessionEnded", sessionEnded));
		if (Boolean.TRUE.equals(request.getAttribute(UNUSABLE_ADDRESS))) {
			model.put("messageKey", "error.unusableAddress");
			model.put("messageArguments", new Object[0]);
		}
		return new ModelAndView(view(status), model, status);
	}

	private static String view(HttpStatus status) {
		return switch (status.value()) {
			case 403, 404, 409 -> "error/" + status.value();
			default -> status.is5xxServerError() ? "error/5xx" : "error/4xx";
		};
	}

	private static String apiDetail(HttpStatus status) {
		return switch (status.value()) {
			case 404 -> "No such resource.";
			case 405 -> "This method is not allowed on this resource.";
			default -> status.is5xxServerError() ? "The server could not complete the request; it has been logged."
					: status.getReasonPhrase();
		};
	}

}
