package id.siapel.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.stereotype.Component;

/**
 * Sessions live long only for users who have logged in (issue 14). Anonymous pages create
 * none (see {@link SecurityConfiguration}); the one page that needs one before login, the
 * login form with its CSRF token, gets a session that ends after
 * {@code siapel.security.login-session-timeout} (10 minutes) without a request, so that a
 * flood of login-page requests cannot fill the memory with 8-hour sessions. At login the
 * session (kept, under a new id) gets the normal {@code server.servlet.session.timeout}.
 */
@Component
class LoginSessions {

	private final int beforeLogin;

	private final int afterLogin;

	LoginSessions(SecurityProperties settings,
			@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
		this.beforeLogin = seconds(settings.loginSessionTimeout());
		this.afterLogin = seconds(sessionTimeout);
	}

	/**
	 * Every new session starts as one before login: sessions are only created before
	 * login, or while logging in (the session id changes, the session stays).
	 */
	@EventListener
	public void onCreated(HttpSessionCreatedEvent event) {
		event.getSession().setMaxInactiveInterval(this.beforeLogin);
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
