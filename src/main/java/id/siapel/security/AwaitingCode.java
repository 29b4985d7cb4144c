package id.siapel.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The session's authentication between a right password and the verification code: it
 * carries no role, only the {@code FACTOR_PASSWORD} authority the password earned, and
 * its principal is the user's name, not a {@link SiapelUser}, so {@link CurrentUser},
 * {@code @PreAuthorize} and every template see no user at all. The user waits inside
 * until {@link TotpLogin} replaces it with the full login.
 */
public final class AwaitingCode extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final SiapelUser user;

	AwaitingCode(SiapelUser user, Collection<? extends GrantedAuthority> passwordFactor, Object details) {
		super(passwordFactor);
		this.user = user;
		setDetails(details);
		setAuthenticated(true);
	}

	/** From the password login: keeps its factor authority only. */
	static AwaitingCode after(org.springframework.security.core.Authentication password, SiapelUser user) {
		List<GrantedAuthority> factors = password.getAuthorities()
			.stream()
			.filter((authority) -> authority instanceof FactorGrantedAuthority)
			.map((authority) -> (GrantedAuthority) authority)
			.toList();
		return new AwaitingCode(user, factors, password.getDetails());
	}

	/** The user the password was right for (not the principal, see above). */
	SiapelUser user() {
		return this.user;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getPrincipal() {
		return this.user.getUsername();
	}

}
