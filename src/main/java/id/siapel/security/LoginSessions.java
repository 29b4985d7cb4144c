package id.siapel.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Sessions live long only for users who have logged in (issue 14). Anonymous pages create
 * none (see {@link SecurityConfiguration}); the one page that needs one before login, the
 * login form with its CSRF token, gets a session that ends after
 * {@code siapel.security.login-session-timeout} (10 minutes) without a request, so that a
 * flood of login-page requests cannot fill the session table with 8-hour sessions. At
 * login the session (kept, under a new id) gets the normal
 * {@code server.servlet.session.timeout}. Sessions are kept by Spring Session in
 * PostgreSQL (issue 15): every new one starts with the store's default, set here to the
 * short one.
 */
@Component
class LoginSessions {

	private final int afterLogin;

	/**
	 * Every new session starts as one before login: sessions are only created before
	 * login, or while logging in (the session id changes, the session stays). Set on the
	 * store after Spring Boot has applied {@code server.servlet.session.timeout} to it.
	 */
	LoginSessions(SecurityProperties settings, @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout,
			JdbcIndexedSessionRepository sessions) {
		sessions.setDefaultMaxInactiveInterval(settings.loginSessionTimeout());
		this.afterLogin = seconds(sessionTimeout);
	}

	/** The user of this request has just logged in: their session lives long now. */
	void loggedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setMaxInactiveInterval(this.afterLogin);
		}
	}

	private static int seconds(Duration duration) {
		return (int) Math.min(Integer.MAX_VALUE, duration.toSeconds());
	}

}
