package id.siapel.security;

import java.io.Serial;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A wrong, expired or already used verification code after a right password. It counts as
 * a failed login like a wrong password ({@link LoginProtection}, {@link LoginThrottle});
 * the audit trail names the reason apart.
 */
public class WrongCodeException extends BadCredentialsException {

	@Serial
	private static final long serialVersionUID = 1L;

	public WrongCodeException() {
		super("Wrong verification code");
	}

}
