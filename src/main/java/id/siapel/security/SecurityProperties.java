package id.siapel.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login settings under {@code siapel.security.*} plus the first administrator's password
 * ({@code siapel.admin.password}, env {@code SIAPEL_ADMIN_PASSWORD}) bound separately.
 *
 * @param maxFailedLogins failed logins in a row after which the account is locked
 * @param lockout how long a locked account stays locked
 * @param minPasswordLength shortest password accepted (api.md: at least 10 characters)
 */
@ConfigurationProperties("siapel.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
		@DefaultValue("10") int minPasswordLength) {
}
