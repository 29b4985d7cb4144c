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
 * Keeps a user whose password an administrator chose (a new user, a reset) on the
 * change-password page until they have chosen their own (issue 13). Pages redirect there,
 * htmx requests get {@code HX-Redirect}, JSON requests and the API a 403 problem with
 * code {@code PASSWORD_CHANGE_REQUIRED}. Logging out, the password page itself, static
 * files, the session's CSRF token and error pages stay reachable. The session's user
 * carries the flag of its login; only while it is set is the database asked, so the gate
 * opens on the first request after the change.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	static final String CODE = "PASSWORD_CHANGE_REQUIRED";

	static final String PAGE = "/account/password";

	private static final String DETAIL = "The password of this user was set by an administrator and must be changed "
			+ "first: log in to SiApel in a browser and choose a new password at " + PAGE + ".";

	private final UserAccounts accounts;

	private final boolean api;

	private final RequestMatcher open;

	private PasswordChangeGate(UserAccounts accounts, boolean api, List<String> openPaths) {
		this.accounts = accounts;
		this.api = api;
		this.open = new OrRequestMatcher(openPaths.stream()
			.map((path) -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(path))
			.toList());
	}

	/** For the session chain of the pages. */
	static PasswordChangeGate forPages(UserAccounts accounts) {
		return new PasswordChangeGate(accounts, false,
				List.of(PAGE, "/logout", "/login", "/error", "/error/**", "/session/csrf", "/css/**", "/js/**",
						"/img/**", "/vendor/**", "/webjars/**", "/favicon.ico", "/sw.js", "/manifest*.webmanifest",
						"/actuator/health", "/actuator/health/**", "/verify/**"));
	}

	/** For the HTTP Basic chain: only "who am I" answers, and says the change is due. */
	static PasswordChangeGate forApi(UserAccounts accounts) {
		return new PasswordChangeGate(accounts, true, List.of("/api/v1/users/me"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!mustChange() || this.open.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (this.api || accepts(request, "application/json")) {
			ProblemJson.write(response, HttpStatus.FORBIDDEN, CODE, DETAIL, request.getRequestURI());
			return;
		}
		String page = request.getContextPath() + PAGE;
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", page);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(page);
	}

	private boolean mustChange() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SiapelUser user)
				|| !user.passwordChangeRequired()) {
			return false;
		}
		// The API loads the user on every request; a session keeps its login's value.
		return this.api || this.accounts.passwordChangeRequired(user.getUsername());
	}

	private static boolean accepts(HttpServletRequest request, String type) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains(type);
	}

}
