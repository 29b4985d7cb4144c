package id.siapel.security;

import lombok.extern.slf4j.Slf4j;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Keeps the TOTP secrets encrypted in the database (AES-256-GCM with a random nonce per
 * value, the key derived from {@code siapel.security.totp-key} by PBKDF2: Spring
 * Security's {@link Encryptors#delux}). Whoever reads a backup or the table then still
 * lacks the second factor. Without a configured key a built-in development key is used
 * and a warning logged: such values ({@code dev:}) stay readable after a key is set
 * later, new ones then use the key ({@code key:}). The secret never goes to a log.
 */
@Slf4j
@Component
class TotpSecrets {

	/** Hex of "siapel-totp": the key derivation's salt; the key itself is the secret. */
	private static final String SALT = "73696170656c2d746f7470";

	/** Public in this source code, so no protection at all: development only. */
	private static final String DEVELOPMENT_KEY = "siapel-development-totp-key-not-secret";

	private static final String CONFIGURED = "key:";

	private static final String DEVELOPMENT = "dev:";

	private final TextEncryptor development = Encryptors.delux(DEVELOPMENT_KEY, SALT);

	private final TextEncryptor configured;

	TotpSecrets(SecurityProperties settings) {
		if (StringUtils.hasText(settings.totpKey())) {
			this.configured = Encryptors.delux(settings.totpKey(), SALT);
		}
		else {
			this.configured = null;
			log.warn("siapel.security.totp-key (SIAPEL_SECURITY_TOTP_KEY) is not set: second-factor secrets are "
					+ "encrypted with the built-in development key. Set a key of your own in production.");
		}
	}

	String encrypt(String secret) {
		return (this.configured != null) ? CONFIGURED + this.configured.encrypt(secret)
				: DEVELOPMENT + this.development.encrypt(secret);
	}

	String decrypt(String stored) {
		if (stored.startsWith(DEVELOPMENT)) {
			return this.development.decrypt(stored.substring(DEVELOPMENT.length()));
		}
		if (stored.startsWith(CONFIGURED) && this.configured != null) {
			return this.configured.decrypt(stored.substring(CONFIGURED.length()));
		}
		throw new IllegalStateException("The key of a stored second-factor secret is not configured");
	}

}
