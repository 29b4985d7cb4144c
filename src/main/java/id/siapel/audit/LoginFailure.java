package id.siapel.audit;

import id.siapel.security.WrongCodeException;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Why a login failed, as the audit trail stores it (detail of {@code LOGIN_FAILED}) and
 * shows it ({@code audit.loginFailure.<name>}).
 */
enum LoginFailure {

	WRONG_PASSWORD, UNKNOWN_USER, LOCKED, DISABLED, OTHER,

	/** A wrong, expired or reused verification code after a right password (issue 14). */
	WRONG_CODE,

	/**
	 * Lines written before the reason was told apart: wrong password or unknown user.
	 */
	BAD_CREDENTIALS;

	static LoginFailure of(AuthenticationException ex, boolean userExists) {
		if (ex instanceof WrongCodeException) {
			return WRONG_CODE;
		}
		if (ex instanceof LockedException) {
			return LOCKED;
		}
		if (ex instanceof DisabledException || ex instanceof AccountExpiredException
				|| ex instanceof CredentialsExpiredException) {
			return DISABLED;
		}
		if (ex instanceof BadCredentialsException) {
			return userExists ? WRONG_PASSWORD : UNKNOWN_USER;
		}
		return OTHER;
	}

	/**
	 * The reason of a stored line: a name of this enum, or the exception class name lines
	 * written before issue 13 hold.
	 */
	static LoginFailure ofStored(String detail) {
		if (detail == null) {
			return OTHER;
		}
		for (LoginFailure failure : values()) {
			if (failure.name().equals(detail)) {
				return failure;
			}
		}
		return switch (detail) {
			case "BadCredentialsException" -> BAD_CREDENTIALS;
			case "UsernameNotFoundException" -> UNKNOWN_USER;
			case "LockedException" -> LOCKED;
			case "DisabledException", "AccountExpiredException", "CredentialsExpiredException" -> DISABLED;
			default -> OTHER;
		};
	}

}
