package id.siapel.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users: creating them, the administrator's changes (roles, unit scope, disabling,
 * password reset) and everyone's own password change, with the password policy applied on
 * the server. Role checks are on the controllers; the first administrator and the demo
 * also create users here.
 */
@Service
@RequiredArgsConstructor
public class UserAccounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");

	/**
	 * bcrypt only reads the first 72 bytes; a longer password would be silently
	 * truncated.
	 */
	private static final int MAX_PASSWORD_BYTES = 72;

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final SecurityProperties settings;

	private final CurrentUser currentUser;

	private final UnitLookup units;

	private final SessionRegistry sessions;

	private final GuessablePasswords guessable;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LoginLocks locks;

	@Transactional(readOnly = true)
	public boolean anyUserExists() {
		return this.users.count() > 0;
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.existsByUsername(AppUser.normalize(username));
	}

	@Transactional(readOnly = true)
	public List<UserSummary> list() {
		Set<String> locked = this.locks.lockedUsernames();
		return this.users.findAll(Sort.by("username"))
			.stream()
			.map((user) -> summary(user, locked.contains(user.getUsername())))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserSummary get(String username) {
		AppUser user = find(username);
		return summary(user, this.locks.isLockedAnywhere(user.getUsername()));
	}

	/**
	 * Creates a user whose password is theirs already (the first administrator from the
	 * environment, tests): they are not asked to change it. Its length is checked, but a
	 * common password is not refused here: it was not chosen through the application.
	 */
	@Transactional
	public long create(NewUser command) {
		return add(command, PasswordCheck.LENGTH, false, () -> this.passwordEncoder.encode(command.password()));
	}

	/**
	 * Creates a user for someone else: the administrator chose the password, so the user
	 * must replace it at their first login. A common or guessable password is refused.
	 */
	@Transactional
	public long createByAdministrator(NewUser command) {
		return add(command, PasswordCheck.LENGTH_AND_GUESSABLE, true,
				() -> this.passwordEncoder.encode(command.password()));
	}

	/**
	 * Whether this password is common, easy to guess or built on the user's name, as a
	 * new password set through the application would be refused (see
	 * {@link GuessablePasswords}).
	 */
	boolean isGuessable(String password, String username, String fullName) {
		return this.guessable.isGuessable(password, username, fullName);
	}

	/**
	 * Whether the user must still replace a password an administrator chose; false for an
	 * unknown user.
	 */
	@Transactional(readOnly = true)
	public boolean passwordChangeRequired(String username) {
		return this.users.findPasswordChangeRequired(AppUser.normalize(username)).orElse(false);
	}

	/**
	 * Creates users who all have the same password, hashing it once: bcrypt is slow on
	 * purpose (about 0.1 s a hash), and the demo's fifty users should not pay that fifty
	 * times. The users then share one hash, which shows that their passwords are equal:
	 * harmless for a published password such as the demo's, wrong for real accounts.
	 */
	@Transactional
	public void createAllSharingPassword(List<NewUser> commands) {
		if (commands.isEmpty()) {
			return;
		}
		String password = commands.get(0).password();
		if (commands.stream().anyMatch((command) -> !Objects.equals(command.password(), password))) {
			throw new IllegalArgumentException("All users must have the same password");
		}
		checkPasswordPolicy("password", password, null);
		String hash = this.passwordEncoder.encode(password);
		for (NewUser command : commands) {
			add(command, PasswordCheck.NONE, false, () -> hash);
		}
	}

	/**
	 * Checks every input before refusing, so that the form shows all its errors at once.
	 */
	private long add(NewUser command, PasswordCheck check, boolean mustChangePassword, Supplier<String> passwordHash) {
		List<RuleViolationException.Problem> problems = new ArrayList<>();
		String username = (command.username() != null) ? AppUser.normalize(command.username()) : null;
		if (username == null || !USERNAME.matcher(username).matches()) {
			problems.add(new RuleViolationException.Problem("username", "user.username.invalid"));
		}
		else if (this.users.existsByUsername(username)) {
			problems.add(new RuleViolationException.Problem("username", "user.username.duplicate", username));
		}
		requireFullName(problems, command.fullName());
		Set<Role> roles = requireRoles(problems, command.roles());
		Long unitId = unitFor(problems, roles, command.unitCode());
		if (check != PasswordCheck.NONE) {
			passwordPolicy(problems, "password", command.password(),
					(check == PasswordCheck.LENGTH_AND_GUESSABLE) ? new Owner(username, command.fullName()) : null);
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		String hash = passwordHash.get();
		AppUser user = AppUser.create(username, hash, command.fullName(), roles, unitId, this.clock.instant());
		if (mustChangePassword) {
			user.requirePasswordChange();
		}
		this.users.save(user);
		this.events.publishEvent(new AuditRecord("USER_CREATED", username,
				describe(roles, command.unitCode()) + (mustChangePassword ? "; must change password" : ""),
				command.unitCode()));
		return user.getId();
	}

	/**
	 * The administrator changes a user's name, roles, unit or enabled state. The user's
	 * open sessions end, so new rights (or none) apply from their next request.
	 */
	@Transactional
	public void update(String username, UserChanges changes, long expectedVersion) {
		AppUser user = find(username);
		if (user.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(AppUser.class, user.getId());
		}
		List<RuleViolationException.Problem> problems = new ArrayList<>();
		requireFullName(problems, changes.fullName());
		Set<Role> roles = requireRoles(problems, changes.roles());
		Long unitId = unitFor(problems, roles, changes.unitCode());
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		boolean stillAdmin = roles.contains(Role.ADMIN) && changes.enabled();
		if (user.roles().contains(Role.ADMIN) && user.isEnabled() && !stillAdmin
				&& this.users.countEnabledWithRole(Role.ADMIN) <= 1) {
			throw new RuleViolationException("roles", "user.lastAdmin");
		}
		String before = describe(user.roles(), codeOf(user.getUnitId())) + (user.isEnabled() ? "" : ", disabled");
		user.change(changes.fullName(), roles, unitId, changes.enabled());
		this.events.publishEvent(new AuditRecord("USER_CHANGED", user.getUsername(),
				before + " -> " + describe(roles, changes.unitCode()) + (changes.enabled() ? "" : ", disabled")));
		endSessionsOf(user.getUsername());
	}

	/**
	 * The administrator sets a new password, e.g. for a user who forgot theirs; it also
	 * unlocks.
	 */
	@Transactional
	public void resetPassword(String username, String newPassword) {
		AppUser user = find(username);
		checkPasswordPolicy("password", newPassword, new Owner(user.getUsername(), user.getFullName()));
		user.resetPassword(this.passwordEncoder.encode(newPassword));
		this.locks.clearAll(user.getUsername());
		this.events.publishEvent(new AuditRecord("PASSWORD_RESET", user.getUsername(), "must change password"));
		endSessionsOf(user.getUsername());
	}

	/** The logged-in user changes their own password; the current one must be given. */
	@Transactional
	/**
	 * Changes the current user's password and ends every other session of theirs (issue
	 * 14): whoever had learned the old password and logged in elsewhere is logged out,
	 * the browser the change was made in ({@code keptSessionId}) stays in.
	 */
	public void changeOwnPassword(String currentPassword, String newPassword, String keptSessionId) {
		SiapelUser me = this.currentUser.require();
		AppUser user = find(me.getUsername());
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new RuleViolationException("currentPassword", "account.password.currentWrong");
		}
		checkPasswordPolicy("newPassword", newPassword, new Owner(user.getUsername(), user.getFullName()));
		if (newPassword.equals(currentPassword)) {
			throw new RuleViolationException("newPassword", "account.password.unchanged");
		}
		boolean wasRequired = user.isPasswordChangeRequired();
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.locks.clearAll(user.getUsername());
		int ended = endOtherSessionsOf(user.getUsername(), keptSessionId);
		String detail = (wasRequired ? "replaced the password set by an administrator; " : "") + ended
				+ " other session(s) ended";
		this.events.publishEvent(new AuditRecord("PASSWORD_CHANGED", user.getUsername(), detail));
	}

	private AppUser find(String username) {
		return this.users.findByUsername(AppUser.normalize(username))
			.orElseThrow(() -> new NotFoundException("user.notFound", username));
	}

	private UserSummary summary(AppUser user, boolean locked) {
		return new UserSummary(user.getId(), user.getUsername(), user.getFullName(), EnumSet.copyOf(user.roles()),
				codeOf(user.getUnitId()), user.isEnabled(), locked, user.isPasswordChangeRequired(), user.getVersion());
	}

	private String codeOf(Long unitId) {
		return (unitId != null) ? this.units.codeOf(unitId).orElse(null) : null;
	}

	/**
	 * A UNIT_HEAD needs a unit: it is their scope. Other roles see every unit and carry
	 * none. Without valid roles ({@code roles} empty) the unit is not checked.
	 */
	private Long unitFor(List<RuleViolationException.Problem> problems, Set<Role> roles, String unitCode) {
		boolean blank = unitCode == null || unitCode.isBlank();
		if (roles.isEmpty()) {
			return null;
		}
		if (!roles.contains(Role.UNIT_HEAD)) {
			if (!blank) {
				problems.add(new RuleViolationException.Problem("unitCode", "user.unit.onlyForUnitHead"));
			}
			return null;
		}
		if (blank) {
			problems.add(new RuleViolationException.Problem("unitCode", "user.unit.required"));
			return null;
		}
		Optional<Long> unitId = this.units.idOfCode(unitCode);
		if (unitId.isEmpty()) {
			problems.add(new RuleViolationException.Problem("unitCode", "unit.unknown", unitCode));
		}
		return unitId.orElse(null);
	}

	private static void requireFullName(List<RuleViolationException.Problem> problems, String fullName) {
		if (fullName == null || fullName.isBlank()) {
			problems.add(new RuleViolationException.Problem("fullName", "user.fullName.required"));
		}
	}

	/** The roles, or an empty set (and a problem) when none are given. */
	private static Set<Role> requireRoles(List<RuleViolationException.Problem> problems, Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			problems.add(new RuleViolationException.Problem("roles", "user.roles.required"));
			return EnumSet.noneOf(Role.class);
		}
		return EnumSet.copyOf(roles);
	}

	private static String describe(Set<Role> roles, String unitCode) {
		return "roles=" + new java.util.TreeSet<>(roles) + ((unitCode != null) ? ", unit=" + unitCode : "");
	}

	/**
	 * The sessions are found by user name in the shared session store (issue 15), so
	 * those opened through another application node end too.
	 */
	private int endOtherSessionsOf(String username, String keptSessionId) {
		int ended = 0;
		for (var session : this.sessions.getAllSessions(username, false)) {
			if (!session.getSessionId().equals(keptSessionId)) {
				session.expireNow();
				ended++;
			}
		}
		return ended;
	}

	private void endSessionsOf(String username) {
		this.sessions.getAllSessions(username, false).forEach((session) -> session.expireNow());
	}

	private void checkPasswordPolicy(String field, String password, Owner owner) {
		List<RuleViolationException.Problem> problems = new ArrayList<>();
		passwordPolicy(problems, field, password, owner);
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
	}

	/**
	 * Length, then (for a password chosen through the application: {@code owner} given)
	 * not common nor built on the owner's name.
	 */
	private void passwordPolicy(List<RuleViolationException.Problem> problems, String field, String password,
			Owner owner) {
		if (password == null || password.length() < this.settings.minPasswordLength()) {
			problems.add(new RuleViolationException.Problem(field, "user.password.tooShort",
					this.settings.minPasswordLength()));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			problems.add(new RuleViolationException.Problem(field, "user.password.tooLong", MAX_PASSWORD_BYTES));
		}
		else if (owner != null && this.guessable.isGuessable(password, owner.username(), owner.fullName())) {
			problems.add(new RuleViolationException.Problem(field, "user.password.guessable"));
		}
	}

	/** How much of the password policy a new user's password must meet. */
	private enum PasswordCheck {

		/** Demo users: a published password, hashed once for all. */
		NONE,

		/** Chosen outside the application (the first administrator, tests). */
		LENGTH,

		/** Chosen through the application. */
		LENGTH_AND_GUESSABLE

	}

	/** Whose password is checked: their names must not be the password. */
	private record Owner(String username, String fullName) {
	}

	/** A user as the administration pages and the API show them. */
	public record UserSummary(long id, String username, String fullName, Set<Role> roles, String unitCode,
			boolean enabled, boolean locked, boolean passwordChangeRequired, long version) {
	}

	/** What an administrator may change about a user. */
	public record UserChanges(String fullName, Set<Role> roles, String unitCode, boolean enabled) {
	}

}
