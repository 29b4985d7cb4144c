package id.siapel.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login settings under {@code siapel.security.*} plus the first administrator's password
 * ({@code siapel.admin.password}, env {@code SIAPEL_ADMIN_PASSWORD}) bound separately.
 *
 * @param maxFailedLogins failed logins in a row after which the account is locked
 * @param lockout how long the first lock lasts; each further lock in a row (no successful
 * login between) lasts twice as long
 * @param maxLockout the longest a lock lasts, however many came before
 * @param minPasswordLength shortest password accepted (api.md: at least 10 characters)
 * @param clientFailedLogins failed logins one client address may make at once before it
 * gets 429 (form and HTTP Basic alike)
 * @param clientWindow the time in which a client's {@code clientFailedLogins} failures
 * are forgiven again, gradually (one every window / clientFailedLogins)
 * @param loginSessionTimeout how long a session opened before login (the login form's,
 * for its CSRF token) lives without a request; it gets
 * {@code server.servlet.session.timeout} once its user has logged in
 * @param totpKey the key that encrypts the second-factor (TOTP) secrets in the database;
 * blank means a built-in development key (see {@code TotpSecrets})
 */
@ConfigurationProperties("siapel.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
		@DefaultValue("4h") Duration maxLockout, @DefaultValue("10") int minPasswordLength,
		@DefaultValue("20") int clientFailedLogins, @DefaultValue("5m") Duration clientWindow,
		@DefaultValue("10m") Duration loginSessionTimeout, String totpKey) {
}
