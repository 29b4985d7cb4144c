package id.siapel.security;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins (form login, HTTP Basic and the second factor's code alike):
 * against the client's address in the throttle ({@link LoginThrottle}), and against the
 * user name from that address in the locks ({@link LoginLocks}). A successful login
 * clears that address's record.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class LoginProtection {

	private final LoginLocks locks;

	private final LoginThrottle throttle;

	/** Every failed login, whatever the reason, counts against the client's address. */
	@EventListener
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		this.throttle.recordFailure(ClientAddresses.of(event.getAuthentication()));
	}

	@EventListener
	public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String username = AppUser.normalize(event.getAuthentication().getName());
		String address = ClientAddresses.of(event.getAuthentication());
		log.info("Failed login for user '{}' from {}", username, address);
		this.locks.recordFailure(username, address)
			.ifPresent((until) -> log.warn("User '{}' locked for {} until {}", username, address, until));
	}

	/**
	 * A successful login clears the count of its address; a right password still waiting
	 * for its verification code does not, or knowing the password would allow guessing
	 * codes without end.
	 */
	@EventListener
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (TotpLogin.awaitsCode(event.getAuthentication())) {
			return;
		}
		this.locks.clear(event.getAuthentication().getName(), ClientAddresses.of(event.getAuthentication()));
	}

}
