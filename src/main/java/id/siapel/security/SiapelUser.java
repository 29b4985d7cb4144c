package id.siapel.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as Spring Security keeps it in the session (no entity, no lazy
 * state).
 */
public final class SiapelUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private String password;

	private final String fullName;

	private final EnumSet<Role> roles;

	private final boolean enabled;

	private final boolean accountNonLocked;

	private final Long unitId;

	private final boolean passwordChangeRequired;

	private final boolean totpEnabled;

	SiapelUser(long id, String username, String password, String fullName, Set<Role> roles, Long unitId,
			boolean enabled, boolean accountNonLocked) {
		this(id, username, password, fullName, roles, unitId, enabled, accountNonLocked, false);
	}

	SiapelUser(long id, String username, String password, String fullName, Set<Role> roles, Long unitId,
			boolean enabled, boolean accountNonLocked, boolean passwordChangeRequired) {
		this(id, username, password, fullName, roles, unitId, enabled, accountNonLocked, passwordChangeRequired, false);
	}

	SiapelUser(long id, String username, String password, String fullName, Set<Role> roles, Long unitId,
			boolean enabled, boolean accountNonLocked, boolean passwordChangeRequired, boolean totpEnabled) {
		this.id = id;
		this.username = username;
		this.password = password;
		this.fullName = fullName;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.enabled = enabled;
		this.accountNonLocked = accountNonLocked;
		this.unitId = unitId;
		this.passwordChangeRequired = passwordChangeRequired;
		this.totpEnabled = totpEnabled;
	}

	/**
	 * Whether this user had the second factor on when they logged in: their password
	 * alone does not log them in ({@link TotpLogin}).
	 */
	public boolean totpEnabled() {
		return this.totpEnabled;
	}

	/**
	 * Whether an administrator had chosen the password when this user logged in (the
	 * session keeps this value; {@link PasswordChangeGate} asks the database once it is
	 * true).
	 */
	public boolean passwordChangeRequired() {
		return this.passwordChangeRequired;
	}

	/** The unit a UNIT_HEAD is scoped to, or {@code null}. */
	public Long unitId() {
		return this.unitId;
	}

	public long id() {
		return this.id;
	}

	public String fullName() {
		return this.fullName;
	}

	/** For templates: {@code ${#authentication.principal.fullName}}. */
	public String getFullName() {
		return this.fullName;
	}

	public Set<Role> roles() {
		return Collections.unmodifiableSet(this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAnyRole(Role... roles) {
		for (Role role : roles) {
			if (this.roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = this.roles.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.accountNonLocked;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SiapelUser user && user.username.equals(this.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "SiapelUser[" + this.username + "]";
	}

}
