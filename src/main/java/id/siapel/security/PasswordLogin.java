package id.siapel.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How a user name and password are checked, for form login and HTTP Basic alike (issue
 * 14): every attempt costs exactly one password-hash comparison, whether the password is
 * wrong, the user unknown, locked or disabled, so that the time of the answer tells an
 * outsider nothing about the account. The answer itself is the same too (see
 * {@link SecurityConfiguration}); only the audit trail keeps the real reason.
 * <p>
 * Spring's provider checks the account's state (locked, disabled) before the password;
 * with {@code alwaysPerformAdditionalChecksOnUser} it still compares the password when
 * that check fails, and then throws the state's exception, which the audit trail records
 * as {@code LOCKED} or {@code DISABLED}. An unknown user is compared against a dummy
 * hash. Set here explicitly rather than relied upon as a default.
 */
@Configuration(proxyBeanMethods = false)
class PasswordLogin {

	@Bean
	DaoAuthenticationProvider passwordAuthenticationProvider(DatabaseUserDetailsService users,
			PasswordEncoder passwordEncoder) {
		var provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setAlwaysPerformAdditionalChecksOnUser(true);
		provider.setHideUserNotFoundExceptions(true);
		return provider;
	}

}
