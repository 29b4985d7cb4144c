package id.siapel.report.sanctions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

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
 * recognised as forged without a database look-up. The signing key is
 * {@code siapel.documents.secret}; when it is not configured, the newest key kept in the
 * database (a random one generated on first use, never in the repository). Every key that
 * ever signed is kept in {@code document_secret} and tried when verifying, so setting or
 * changing the secret later does not make earlier documents look forged (issue 14); the
 * code stays as short as before.
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

	/** The signing key first, then the older ones. */
	private volatile List<byte[]> keys;

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
		this.configured = (configured != null && !configured.isBlank()) ? configured : null;
	}

	/** A new random document id (128 bits). */
	String newId() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return BASE64.encodeToString(bytes);
	}

	/** The code of a document id: id, a dot, the signature with the signing key. */
	String codeOf(String id) {
		return id + "." + signature(keys().get(0), id);
	}

	/**
	 * The id in a code whose signature is right with any kept key, or {@code null} for a
	 * malformed or forged code.
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
		List<byte[]> known = keys();
		if (signedWithAny(known, id, given)) {
			return id;
		}
		// Another instance may have added a key since this one read them.
		List<byte[]> reloaded = this.newTransaction.execute((status) -> load());
		this.keys = reloaded;
		return (reloaded.size() != known.size() && signedWithAny(reloaded, id, given)) ? id : null;
	}

	private boolean signedWithAny(List<byte[]> keys, String id, byte[] given) {
		boolean matched = false;
		for (byte[] key : keys) {
			matched |= MessageDigest.isEqual(given, signature(key, id).getBytes(StandardCharsets.US_ASCII));
		}
		return matched;
	}

	private static String signature(byte[] key, String id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] full = mac.doFinal(("siapel-document:" + id).getBytes(StandardCharsets.UTF_8));
			return BASE64.encodeToString(Arrays.copyOf(full, 16));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private List<byte[]> keys() {
		List<byte[]> current = this.keys;
		if (current == null) {
			// In a transaction of its own: the first use may come inside a read-only one.
			current = this.newTransaction.execute((status) -> load());
			this.keys = current;
		}
		return current;
	}

	/**
	 * Keeps the configured key (or generates one when there is none at all) and reads
	 * every kept key, the signing one first.
	 */
	private List<byte[]> load() {
		java.sql.Timestamp now = java.sql.Timestamp.from(this.clock.instant());
		if (this.configured != null) {
			this.jdbc
				.sql("insert into document_secret (secret, origin, fingerprint, created_at) "
						+ "values (:secret, 'CONFIGURED', :fingerprint, :now) on conflict (fingerprint) do nothing")
				.param("secret", this.configured)
				.param("fingerprint", fingerprint(this.configured))
				.param("now", now)
				.update();
		}
		else {
			byte[] fresh = new byte[32];
			RANDOM.nextBytes(fresh);
			String secret = BASE64.encodeToString(fresh);
			this.jdbc
				.sql("insert into document_secret (id, secret, origin, fingerprint, created_at) "
						+ "select 1, :secret, 'GENERATED', :fingerprint, :now "
						+ "where not exists (select 1 from document_secret) on conflict do nothing")
				.param("secret", secret)
				.param("fingerprint", fingerprint(secret))
				.param("now", now)
				.update();
		}
		List<byte[]> stored = new ArrayList<>();
		byte[] signing = null;
		for (StoredKey key : this.jdbc.sql("select secret, origin from document_secret order by id desc")
			.query(StoredKey.class)
			.list()) {
			byte[] bytes = "CONFIGURED".equals(key.origin()) ? key.secret().getBytes(StandardCharsets.UTF_8)
					: Base64.getUrlDecoder().decode(key.secret());
			if (signing == null && (this.configured == null || key.secret().equals(this.configured))) {
				signing = bytes;
			}
			else {
				stored.add(bytes);
			}
		}
		stored.add(0, signing);
		return List.copyOf(stored);
	}

	private static String fingerprint(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private record StoredKey(String secret, String origin) {
	}

}
