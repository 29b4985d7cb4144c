package id.siapel.report.sanctions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The codes printed under a document's QR code: a random id and an HMAC-SHA256 signature
 * of it (the first 128 bits), so that a code nobody issued, or an id changed by hand, is
 * recognised as forged without a database look-up. The key is
 * {@code siapel.documents.secret}; when it is not configured, a random key is generated
 * on first use and kept in the database (never in the repository).
 */
@Component
class DocumentCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String configured;

	private final TransactionTemplate newTransaction;

	/** As long as the HMAC-SHA256 output (RFC 2104 §3). */
	static final int MIN_SECRET_BYTES = 32;

	private volatile byte[] key;

	DocumentCodes(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
			@Value("${siapel.documents.secret:}") String configured) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		if (configured != null && !configured.isBlank()
				&& configured.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			// A short key makes the HMAC of every printed document guessable.
			throw new IllegalStateException("siapel.documents.secret (SIAPEL_DOCUMENTS_SECRET) must be at least "
					+ MIN_SECRET_BYTES + " characters; leave it unset to have one generated.");
		}
		this.configured = configured;
	}

	/** A new random document id (128 bits). */
	String newId() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return BASE64.encodeToString(bytes);
	}

	/** The code of a document id: id, a dot, the signature. */
	String codeOf(String id) {
		return id + "." + signature(id);
	}

	/**
	 * The id in a code whose signature is right, or {@code null} for a malformed or
	 * forged code.
	 */
	String verifiedId(String code) {
		if (code == null || code.length() > 100) {
			return null;
		}
		int dot = code.indexOf('.');
		if (dot <= 0 || dot == code.length() - 1) {
			return null;
		}
		String id = code.substring(0, dot);
		byte[] given = code.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		byte[] expected = signature(id).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(given, expected) ? id : null;
	}

	private String signature(String id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] full = mac.doFinal(("siapel-document:" + id).getBytes(StandardCharsets.UTF_8));
			return BASE64.encodeToString(Arrays.copyOf(full, 16));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private byte[] key() {
		byte[] current = this.key;
		if (current == null) {
			current = (this.configured != null && !this.configured.isBlank())
					? this.configured.getBytes(StandardCharsets.UTF_8) : storedKey();
			this.key = current;
		}
		return current;
	}

	/** In a transaction of its own: the first use may come inside a read-only one. */
	private byte[] storedKey() {
		return this.newTransaction.execute((status) -> storeOrRead());
	}

	private byte[] storeOrRead() {
		byte[] fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		this.jdbc
			.sql("insert into document_secret (id, secret, created_at) values (1, :secret, :now) "
					+ "on conflict (id) do nothing")
			.param("secret", BASE64.encodeToString(fresh))
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		String secret = this.jdbc.sql("select secret from document_secret where id = 1").query(String.class).single();
		return Base64.getUrlDecoder().decode(secret);
	}

}
