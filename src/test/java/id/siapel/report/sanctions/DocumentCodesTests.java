package id.siapel.report.sanctions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents secret set or changed later (issue 14): every key that signed is kept, so
 * documents signed with an earlier one still verify; the configured one signs new codes;
 * a code with a wrong signature is still forged.
 */
@SiapelIntegrationTest
class DocumentCodesTests {

	@Autowired
	DocumentCodes application;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	final String keyA = "kunci-A-" + UUID.randomUUID();

	final String keyB = "kunci-B-" + UUID.randomUUID();

	@AfterEach
	void forgetTheTestKeys() {
		this.jdbc.sql("delete from document_secret where origin = 'CONFIGURED' and secret in (:a, :b)")
			.param("a", this.keyA)
			.param("b", this.keyB)
			.update();
	}

	@Test
	void aNewSecretSignsAndEarlierCodesStillVerify() {
		// The application's own key (generated, as no secret is configured in tests).
		String before = this.application.newId();
		String beforeCode = this.application.codeOf(before);

		DocumentCodes withA = new DocumentCodes(this.jdbc, this.clock, this.transactions, this.keyA);
		String id = withA.newId();
		String signedWithA = withA.codeOf(id);
		assertThat(signedWithA).isEqualTo(id + "." + hmac(this.keyA, id)).hasSizeLessThan(50);
		assertThat(withA.verifiedId(signedWithA)).isEqualTo(id);
		assertThat(withA.verifiedId(beforeCode)).as("set later: the generated key still verifies").isEqualTo(before);

		// Restarted with B configured.
		DocumentCodes withB = new DocumentCodes(this.jdbc, this.clock, this.transactions, this.keyB);
		assertThat(withB.verifiedId(signedWithA)).isEqualTo(id);
		assertThat(withB.verifiedId(beforeCode)).isEqualTo(before);
		String next = withB.newId();
		String signedWithB = withB.codeOf(next);
		assertThat(signedWithB).isEqualTo(next + "." + hmac(this.keyB, next));
		assertThat(withB.verifiedId(signedWithB)).isEqualTo(next);
		// The application's bean, already running, learns of B when it meets a code of
		// it.
		assertThat(this.application.verifiedId(signedWithB)).isEqualTo(next);

		// Wrong signatures: an unknown key, another id's signature, a changed character.
		assertThat(withB.verifiedId(next + "." + hmac("kunci-pemalsu-" + UUID.randomUUID(), next))).isNull();
		assertThat(withB.verifiedId(next + signedWithA.substring(signedWithA.indexOf('.')))).isNull();
		String changed = signedWithB.substring(0, signedWithB.length() - 1) + (signedWithB.endsWith("A") ? "B" : "A");
		assertThat(withB.verifiedId(changed)).isNull();
	}

	private static String hmac(String key, String id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] full = mac.doFinal(("siapel-document:" + id).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
