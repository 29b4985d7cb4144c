package id.siapel.security;

import java.io.IOException;
import java.time.Duration;

import id.siapel.shared.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (password or verification code) with {@code 429} and
 * {@code Retry-After} while the client's address has failed too often
 * ({@link LoginThrottle}), before the password is checked: no bcrypt, no database. The
 * right password gets the same answer until the wait is over. The login form gets the
 * login page with the Indonesian message; HTTP Basic gets problem+json with code
 * {@code TOO_MANY_LOGINS}.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final boolean api;

	private LoginThrottleFilter(LoginThrottle throttle, boolean api) {
		this.throttle = throttle;
		this.api = api;
	}

	static LoginThrottleFilter forPages(LoginThrottle throttle) {
		return new LoginThrottleFilter(throttle, false);
	}

	static LoginThrottleFilter forApi(LoginThrottle throttle) {
		return new LoginThrottleFilter(throttle, true);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (this.api) {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			return authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6);
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && ("/login".equals(path) || TotpLogin.PAGE.equals(path)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = this.throttle.retryAfter(request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		logger.info("Login from " + request.getRemoteAddr() + " refused for " + seconds + " s: too many failures");
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (this.api) {
			ProblemJson.write(response, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_LOGINS",
					"Too many failed logins from this address: try again in " + seconds + " seconds.",
					request.getRequestURI());
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		request.setAttribute(LoginThrottle.RETRY_AFTER, seconds);
		// The login page (or the code page), as a GET so that the forward is not taken
		// for
		// another login.
		String path = request.getRequestURI().substring(request.getContextPath().length());
		request.getRequestDispatcher(path).forward(new HttpServletRequestWrapper(request) {

			@Override
			public String getMethod() {
				return "GET";
			}

		}, response);
	}

}
