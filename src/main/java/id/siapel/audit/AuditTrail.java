package id.siapel.audit;

import java.time.Clock;

import id.siapel.security.TotpLogin;
import id.siapel.security.UserAccounts;
import id.siapel.shared.AuditRecord;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail. Changes are written in the transaction that made them (so a
 * rolled-back change leaves no line); logins in a transaction of their own. HTTP Basic
 * successes are not written: every API call authenticates, and the trail would drown in
 * them. A failed login is stored with its reason as a {@link LoginFailure} name, never an
 * exception's class name.
 */
@Component
@RequiredArgsConstructor
class AuditTrail {

	private final AuditEntryRepository entries;

	private final Clock clock;

	private final UserAccounts accounts;

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void onChange(AuditRecord change) {
		write(currentActor(), change.action(), change.subject(), change.detail(), currentRemoteAddress(),
				change.unitCode());
	}

	@EventListener
	@Transactional
	public void onLogin(InteractiveAuthenticationSuccessEvent event) {
		if (TotpLogin.awaitsCode(event.getAuthentication())) {
			// The password was right, the verification code is still to come: the login
			// is written once the code was (issue 14).
			return;
		}
		write(event.getAuthentication().getName(), "LOGIN", event.getAuthentication().getName(), null,
				remoteAddress(event.getAuthentication()), null);
	}

	@EventListener
	@Transactional
	public void onLoginFailure(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		write(null, "LOGIN_FAILED", username,
				LoginFailure.of(event.getException(), this.accounts.exists(username)).name(),
				remoteAddress(event.getAuthentication()), null);
	}

	@EventListener
	@Transactional
	public void onLogout(LogoutSuccessEvent event) {
		write(event.getAuthentication().getName(), "LOGOUT", event.getAuthentication().getName(), null,
				remoteAddress(event.getAuthentication()), null);
	}

	private void write(String actor, String action, String subject, String detail, String remoteAddress,
			String unitCode) {
		this.entries
			.save(new AuditEntry(this.clock.instant(), actor, action, subject, detail, remoteAddress, unitCode));
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return "system";
		}
		return authentication.getName();
	}

	private static String remoteAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return currentRemoteAddress();
	}

	private static String currentRemoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
