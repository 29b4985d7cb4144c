package id.siapel.security;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import id.siapel.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lombok.Getter;

/** A person who can log in, with the roles they hold. */
@Entity
@Table(name = "app_user")
@Getter
class AppUser extends BaseEntity {

	private String username;

	private String passwordHash;

	private String fullName;

	private boolean enabled;

	private Instant createdAt;

	/**
	 * Set when an administrator chose the password (new user, reset): only its owner may
	 * know it, so they must replace it before doing anything else.
	 */
	private boolean passwordChangeRequired;

	/**
	 * The shared secret of the second factor, encrypted ({@link TotpSecrets}); null while
	 * the user has none.
	 */
	private String totpSecret;

	/** When the user confirmed their second factor; null while it is off. */
	private Instant totpEnabledAt;

	/**
	 * The time step of the last code accepted: a code is accepted once only (RFC 6238
	 * §5.2).
	 */
	private Long totpLastStep;

	/**
	 * The unit a UNIT_HEAD is scoped to (with everything below it); null for other users.
	 */
	private Long unitId;

	@ElementCollection
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected AppUser() {
	}

	static AppUser create(String username, String passwordHash, String fullName, Set<Role> roles, Long unitId,
			Instant now) {
		AppUser user = new AppUser();
		user.username = normalize(username);
		user.passwordHash = passwordHash;
		user.fullName = fullName.strip();
		user.enabled = true;
		user.roles = EnumSet.copyOf(roles);
		user.unitId = unitId;
		user.createdAt = now;
		return user;
	}

	/** Usernames are compared without regard to case or surrounding blanks. */
	static String normalize(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	Set<Role> roles() {
		return Collections.unmodifiableSet(this.roles);
	}

	void change(String fullName, Set<Role> roles, Long unitId, boolean enabled) {
		this.fullName = fullName.strip();
		this.roles.clear();
		this.roles.addAll(roles);
		this.unitId = unitId;
		this.enabled = enabled;
	}

	/** The user's own new password. */
	void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
		this.passwordChangeRequired = false;
	}

	/**
	 * A password an administrator chose: the user must replace it at their next login.
	 */
	void resetPassword(String newPasswordHash) {
		changePassword(newPasswordHash);
		this.passwordChangeRequired = true;
	}

	void requirePasswordChange() {
		this.passwordChangeRequired = true;
	}

	boolean isTotpEnabled() {
		return this.totpEnabledAt != null;
	}

	/**
	 * Turns the second factor on; {@code confirmedStep} is the step of the code that
	 * confirmed it, which cannot then be used to log in.
	 */
	void enableTotp(String encryptedSecret, Instant now, long confirmedStep) {
		this.totpSecret = encryptedSecret;
		this.totpEnabledAt = now;
		this.totpLastStep = confirmedStep;
	}

	void disableTotp() {
		this.totpSecret = null;
		this.totpEnabledAt = null;
		this.totpLastStep = null;
	}

	/** A code of this step was accepted: it and every earlier one are used up. */
	void useTotpStep(long step) {
		this.totpLastStep = step;
	}

}
