package id.siapel.security;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Locks an account for a while after repeated wrong passwords (product.md §4: lockout
 * after repeated failed logins), for form login and HTTP Basic alike. A successful login
 * clears the count. Once a lock has expired the count starts again from zero, so one
 * wrong guess after a lock does not relock; each lock in a row lasts twice as long as the
 * one before, up to {@code siapel.security.max-lockout}. A wrong verification code of the
 * second factor ({@link WrongCodeException}) counts like a wrong password.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class LoginProtection {

	private final AppUserRepository users;

	private final SecurityProperties settings;

	private final Clock clock;

	private final LoginThrottle throttle;

	/** Every failed login, whatever the reason, counts against the client's address. */
	@EventListener
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String address = null;
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			address = details.getRemoteAddress();
		}
		else if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			address = attributes.getRequest().getRemoteAddr();
		}
		this.throttle.recordFailure(address);
	}

	@EventListener
	@Transactional
	public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String username = AppUser.normalize(event.getAuthentication().getName());
		this.users.findForUpdate(username).ifPresent((user) -> {
			log.info("Failed login for user '{}'", username);
			if (user.recordFailedLogin(this.clock.instant(), this.settings.maxFailedLogins(), this.settings.lockout(),
					this.settings.maxLockout())) {
				log.warn("User '{}' locked until {} (lock {} in a row)", username, user.getLockedUntil(),
						user.getLockCount());
			}
		});
	}

	/**
	 * A successful login clears the count; a right password still waiting for its
	 * verification code does not, or knowing the password would allow guessing codes
	 * without end.
	 */
	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (TotpLogin.awaitsCode(event.getAuthentication())) {
			return;
		}
		this.users.clearFailedLogins(AppUser.normalize(event.getAuthentication().getName()));
	}

}
