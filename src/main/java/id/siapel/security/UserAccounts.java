package id.siapel.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Pattern;

import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating users and changing passwords, with the password policy applied on the server.
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

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional(readOnly = true)
	public boolean anyUserExists() {
		return this.users.count() > 0;
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.existsByUsername(AppUser.normalize(username));
	}

	@Transactional
	public long create(NewUser command) {
		String username = AppUser.normalize(command.username());
		if (!USERNAME.matcher(username).matches()) {
			throw new RuleViolationException("username", "user.username.invalid");
		}
		if (command.fullName() == null || command.fullName().isBlank()) {
			throw new RuleViolationException("fullName", "user.fullName.required");
		}
		if (command.roles() == null || command.roles().isEmpty()) {
			throw new RuleViolationException("roles", "user.roles.required");
		}
		checkPasswordPolicy("password", command.password());
		if (this.users.existsByUsername(username)) {
			throw new RuleViolationException("username", "user.username.duplicate", username);
		}
		AppUser user = AppUser.create(username, this.passwordEncoder.encode(command.password()), command.fullName(),
				command.roles(), this.clock.instant());
		this.users.save(user);
		this.events.publishEvent(new AuditRecord("USER_CREATED", username, "roles=" + command.roles()));
		return user.getId();
	}

	/** The logged-in user changes their own password; the current one must be given. */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		SiapelUser me = this.currentUser.require();
		AppUser user = this.users.findByUsername(me.getUsername())
			.orElseThrow(() -> new NotFoundException("user.notFound", me.getUsername()));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new RuleViolationException("currentPassword", "account.password.currentWrong");
		}
		checkPasswordPolicy("newPassword", newPassword);
		if (newPassword.equals(currentPassword)) {
			throw new RuleViolationException("newPassword", "account.password.unchanged");
		}
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.events.publishEvent(new AuditRecord("PASSWORD_CHANGED", user.getUsername(), null));
	}

	private void checkPasswordPolicy(String field, String password) {
		if (password == null || password.length() < this.settings.minPasswordLength()) {
			throw new RuleViolationException(field, "user.password.tooShort", this.settings.minPasswordLength());
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new RuleViolationException(field, "user.password.tooLong", MAX_PASSWORD_BYTES);
		}
	}

}
