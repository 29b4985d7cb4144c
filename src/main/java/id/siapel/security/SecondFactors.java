package id.siapel.security;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor (TOTP, RFC 6238) of ADMIN and HR users (issue 14): a user
 * turns it on from their account page by confirming a code of the secret they were shown,
 * turns it off with a current code, and an administrator removes it for a user who lost
 * their phone. Audited as {@code TOTP_ENABLED}, {@code TOTP_DISABLED},
 * {@code TOTP_RESET}. The login itself asks {@link #checkLoginCode}.
 */
@Service
@RequiredArgsConstructor
public class SecondFactors {

	/** The roles whose users may turn the second factor on. */
	public static final Set<Role> ELIGIBLE = EnumSet.of(Role.ADMIN, Role.HR);

	private final AppUserRepository users;

	private final TotpSecrets secrets;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LoginLocks locks;

	/** Whether the current user may turn the second factor on. */
	public boolean mayEnrol() {
		return this.currentUser.get().map((user) -> user.hasAnyRole(Role.ADMIN, Role.HR)).orElse(false);
	}

	/** When the user's second factor was turned on; empty while it is off. */
	@Transactional(readOnly = true)
	public Optional<Instant> enabledAt(String username) {
		return this.users.findByUsername(AppUser.normalize(username)).map(AppUser::getTotpEnabledAt);
	}

	/**
	 * A new secret for the current user to scan; nothing is stored until {@link #enable}
	 * confirms it.
	 */
	public Enrolment newEnrolment() {
		SiapelUser me = requireEligible();
		String secret = TotpCodes.newSecret();
		String uri = TotpCodes.otpauthUri(me.getUsername(), secret);
		return new Enrolment(secret, uri, TotpQrCodes.dataUri(uri));
	}

	/**
	 * Turns the current user's second factor on once {@code code} proves their app holds
	 * {@code secret}; the confirming code cannot then be used to log in.
	 */
	@Transactional
	public void enable(String secret, String code) {
		SiapelUser me = requireEligible();
		AppUser user = find(me.getUsername());
		if (user.isTotpEnabled()) {
			throw new RuleViolationException("code", "account.totp.alreadyOn");
		}
		OptionalLong step = TotpCodes.match(secret, code, this.clock.instant(), null);
		if (step.isEmpty()) {
			throw new RuleViolationException("code", "account.totp.codeWrong");
		}
		user.enableTotp(this.secrets.encrypt(secret), this.clock.instant(), step.getAsLong());
		this.events.publishEvent(new AuditRecord("TOTP_ENABLED", user.getUsername(), null));
	}

	/**
	 * Turns the current user's second factor off when {@code code} is a current code. A
	 * wrong code counts as a failed login (a stolen session must not try codes freely).
	 * @return whether it was turned off
	 */
	@Transactional
	public boolean disable(String code) {
		SiapelUser me = this.currentUser.require();
		AppUser user = find(me.getUsername());
		if (!user.isTotpEnabled()) {
			return true;
		}
		if (matchFor(user, code).isEmpty()) {
			this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
					CodeAuthenticationRequest.of(me, code), new WrongCodeException()));
			return false;
		}
		user.disableTotp();
		this.events.publishEvent(new AuditRecord("TOTP_DISABLED", user.getUsername(), null));
		return true;
	}

	/**
	 * An administrator removes a user's second factor (lost phone); the user logs in with
	 * the password alone until they turn it on again.
	 */
	@Transactional
	public void reset(String username) {
		if (!this.currentUser.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Only an administrator removes another user's second factor");
		}
		AppUser user = find(username);
		if (!user.isTotpEnabled()) {
			return;
		}
		user.disableTotp();
		this.events.publishEvent(new AuditRecord("TOTP_RESET", user.getUsername(), "second factor removed"));
	}

	/**
	 * Checks the code of a login whose password was right. The user's row stays locked
	 * until the answer is stored, so that two requests cannot both use one code.
	 */
	@Transactional
	LoginCheck checkLoginCode(String username, String code) {
		Optional<AppUser> found = this.users.findForUpdate(AppUser.normalize(username));
		if (found.isEmpty() || !found.get().isTotpEnabled()) {
			return LoginCheck.UNAVAILABLE;
		}
		AppUser user = found.get();
		if (!user.isEnabled()) {
			return LoginCheck.DISABLED;
		}
		if (this.locks.isLocked(user.getUsername(), ClientAddresses.current())) {
			return LoginCheck.LOCKED;
		}
		return matchFor(user, code).isPresent() ? LoginCheck.ACCEPTED : LoginCheck.WRONG;
	}

	/** The step of a valid code, which is then used up. */
	private OptionalLong matchFor(AppUser user, String code) {
		OptionalLong step = TotpCodes.match(this.secrets.decrypt(user.getTotpSecret()), code, this.clock.instant(),
				user.getTotpLastStep());
		step.ifPresent(user::useTotpStep);
		return step;
	}

	private SiapelUser requireEligible() {
		SiapelUser me = this.currentUser.require();
		if (!me.hasAnyRole(Role.ADMIN, Role.HR)) {
			throw new AccessDeniedException("Only ADMIN and HR users have a second factor");
		}
		return me;
	}

	private AppUser find(String username) {
		return this.users.findByUsername(AppUser.normalize(username))
			.orElseThrow(() -> new NotFoundException("user.notFound", username));
	}

	/** What the enrolment page shows: the secret as text and as a QR code. */
	public record Enrolment(String secret, String otpauthUri, String qrDataUri) implements Serializable {

		/** The secret in groups of four, easier to type into an app by hand. */
		public String secretGrouped() {
			return this.secret.replaceAll("(.{4})(?!$)", "$1 ");
		}

	}

	/** The answer to a login's code. */
	enum LoginCheck {

		ACCEPTED, WRONG, LOCKED, DISABLED,

		/** The second factor was removed since the password was checked. */
		UNAVAILABLE

	}

}
