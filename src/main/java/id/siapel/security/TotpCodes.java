package id.siapel.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: HMAC-SHA1, six
 * digits, a new code every 30 seconds, the secret in Base32 as the {@code otpauth://} URI
 * carries it. A code is accepted in its own time step and the one before or after (a
 * phone's clock a little off, a code typed as it changed, RFC 6238 §5.2), and only in a
 * step later than the last one accepted, so that no code is accepted twice.
 */
final class TotpCodes {

	static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

	static final String ISSUER = "SiApel";

	/** 160 bits, the length of an HMAC-SHA1 key (RFC 4226 §4 recommends it). */
	private static final int SECRET_BYTES = 20;

	private static final Pattern CODE = Pattern.compile("[0-9]{6}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private TotpCodes() {
	}

	/** A new random secret in Base32 without padding. */
	static String newSecret() {
		byte[] bytes = new byte[SECRET_BYTES];
		RANDOM.nextBytes(bytes);
		return new Base32().encodeToString(bytes).replace("=", "");
	}

	/** The address an authenticator app reads from the enrolment QR code. */
	static String otpauthUri(String username, String secret) {
		String user = URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + ISSUER + ":" + user + "?secret=" + secret + "&issuer=" + ISSUER;
	}

	/**
	 * The time step of {@code code} if it is valid at {@code now} for {@code secret}
	 * (this step or one next to it) and later than {@code lastUsedStep}; empty otherwise.
	 * Blanks inside the code (as apps show it, "123 456") are ignored.
	 */
	static OptionalLong match(String secret, String code, Instant now, Long lastUsedStep) {
		if (secret == null || code == null) {
			return OptionalLong.empty();
		}
		String digits = code.replaceAll("\\s", "");
		if (!CODE.matcher(digits).matches()) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (lastUsedStep != null && step <= lastUsedStep) {
				continue;
			}
			if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	static long step(Instant moment) {
		return Math.floorDiv(moment.getEpochSecond(), STEP.getSeconds());
	}

	private static String codeAt(String secret, long step) {
		var generator = new TimeBasedOneTimePasswordGenerator();
		var key = new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
		try {
			return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.getSeconds()),
					Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("Unusable TOTP secret", ex);
		}
	}

}
