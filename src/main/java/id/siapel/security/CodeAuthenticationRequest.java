package id.siapel.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A verification code sent by a user whose password was right: the request
 * {@link TotpLogin} checks, and the subject of the failure events a wrong code publishes
 * (its name is the user's).
 */
final class CodeAuthenticationRequest extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final SiapelUser user;

	private final transient String code;

	private CodeAuthenticationRequest(SiapelUser user, String code,
			Collection<? extends GrantedAuthority> earlierFactors) {
		super(earlierFactors);
		this.user = user;
		this.code = code;
		setAuthenticated(false);
	}

	static CodeAuthenticationRequest of(SiapelUser user, String code) {
		return new CodeAuthenticationRequest(user, code, List.of());
	}

	/** The code for a login waiting for it; carries the password's factor along. */
	static CodeAuthenticationRequest of(AwaitingCode awaiting, String code) {
		return new CodeAuthenticationRequest(awaiting.user(), code, awaiting.getAuthorities());
	}

	@Override
	public Object getCredentials() {
		return this.code;
	}

	@Override
	public SiapelUser getPrincipal() {
		return this.user;
	}

}
