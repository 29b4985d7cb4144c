package id.siapel.security;

import java.io.IOException;
import java.util.List;

import id.siapel.shared.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a login that still waits for its verification code out of SiApel (issue 14).
 * Pages: every request but the code page, logging out, the login page, static files and
 * error pages is sent to {@value TotpLogin#PAGE} (htmx by {@code HX-Redirect}, JSON
 * requests get a 401 problem {@code SECOND_FACTOR_REQUIRED}). API: HTTP Basic cannot
 * carry a one-time code (it is sent again with every request, and a code is valid once),
 * so a user with the second factor on is refused with a 401 problem
 * {@code SECOND_FACTOR_USER} once their password was right, and is not logged in.
 */
final class TotpGate extends OncePerRequestFilter {

	static final String REQUIRED = "SECOND_FACTOR_REQUIRED";

	static final String API_REFUSED = "SECOND_FACTOR_USER";

	private final boolean api;

	private final RequestMatcher open;

	private TotpGate(boolean api, RequestMatcher open) {
		this.api = api;
		this.open = open;
	}

	static TotpGate forPages() {
		List<String> open = List.of(TotpLogin.PAGE, "/login", "/logout", "/error", "/error/**", "/css/**", "/js/**",
				"/img/**", "/vendor/**", "/webjars/**", "/favicon.ico", "/sw.js", "/manifest*.webmanifest",
				"/actuator/health", "/actuator/health/**", "/verify/**");
		return new TotpGate(false, new OrRequestMatcher(
				open.stream().map((path) -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(path)).toList()));
	}

	static TotpGate forApi() {
		return new TotpGate(true, (request) -> false);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!TotpLogin.awaitsCode(authentication) || this.open.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (this.api) {
			SecurityContextHolder.clearContext();
			ProblemJson.write(response, HttpStatus.UNAUTHORIZED, API_REFUSED,
					"This user has two-step verification on, and HTTP Basic cannot carry a one-time code: the API "
							+ "refuses this user. Use SiApel in a browser, or a user without two-step verification "
							+ "for scripts.",
					request.getRequestURI());
			return;
		}
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains("application/json")) {
			ProblemJson.write(response, HttpStatus.UNAUTHORIZED, REQUIRED,
					"Enter the verification code of your authenticator app first, at " + TotpLogin.PAGE + ".",
					request.getRequestURI());
			return;
		}
		String page = request.getContextPath() + TotpLogin.PAGE;
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", page);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(page);
	}

}
