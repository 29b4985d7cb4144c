package id.siapel.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting in the current request. Services ask this (never the controller's
 * parameters) when a rule depends on the user, so that role and unit scope are checked on
 * the server.
 */
@Component
public class CurrentUser {

	public Optional<SiapelUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SiapelUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** The acting user; a request without one is refused. */
	public SiapelUser require() {
		return get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
	}

	public boolean hasRole(Role role) {
		return get().map(user -> user.hasRole(role)).orElse(false);
	}

}
