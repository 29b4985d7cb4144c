package id.siapel.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a login comes from: the client's own, also behind a trusted reverse proxy
 * (Tomcat's remote IP handling, {@code server.tomcat.remoteip.*}, has already put the
 * {@code X-Forwarded-For} address in its place).
 */
final class ClientAddresses {

	/** What an address is stored as when none is known (no request). */
	static final String UNKNOWN = "unknown";

	private ClientAddresses() {
	}

	/** The address of the login attempt, from its details or the current request. */
	static String of(Authentication authentication) {
		if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return current();
	}

	/** The address of the request being served, or {@link #UNKNOWN}. */
	static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return UNKNOWN;
	}

	/**
	 * The address as stored: never null, at most 64 characters (an IPv6 address is 45).
	 */
	static String key(String address) {
		if (address == null || address.isBlank()) {
			return UNKNOWN;
		}
		return (address.length() > 64) ? address.substring(0, 64) : address;
	}

}
