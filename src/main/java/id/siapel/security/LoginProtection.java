package id.siapel.security;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords (product.md §4: lockout
 * after repeated failed logins), for form login and HTTP Basic alike. A successful login
 * clears the count.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class LoginProtection {

	private final AppUserRepository users;

	private final SecurityProperties settings;

	private final Clock clock;

	@EventListener
	@Transactional
	public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String username = AppUser.normalize(event.getAuthentication().getName());
		int updated = this.users.recordFailedLogin(username, this.settings.maxFailedLogins(),
				this.clock.instant().plus(this.settings.lockout()));
		if (updated > 0) {
			log.info("Failed login for user '{}'", username);
		}
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		this.users.clearFailedLogins(AppUser.normalize(event.getAuthentication().getName()));
	}

}
