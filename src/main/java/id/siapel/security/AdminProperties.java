package id.siapel.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param password password of the {@code admin} user created when the database has no
 * user at all (env {@code SIAPEL_ADMIN_PASSWORD}); ignored once any user exists
 */
@ConfigurationProperties("siapel.admin")
public record AdminProperties(String password) {

	public boolean hasPassword() {
		return this.password != null && !this.password.isBlank();
	}

}
