package id.siapel.report.sanctions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a snapshot of every printed document under a random id and finds it again from
 * the code on the paper; revokes one (issue 14). The content hash (SHA-256 of the stored
 * snapshot, its canonical JSON) is printed in the document's footer and shown on the
 * verification page, so the two can be compared without showing the rows publicly.
 */
@Component
@RequiredArgsConstructor
class PrintedDocuments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final DocumentCodes codes;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The SHA-256 of a snapshot's canonical content, in hexadecimal. */
	static String contentHash(DocumentSnapshot snapshot) {
		return sha256(JSON.writeValueAsString(snapshot));
	}

	/** Stores the snapshot; returns the code to print. */
	@Transactional
	String keep(DocumentSnapshot snapshot) {
		String id = this.codes.newId();
		this.jdbc.sql("""
				insert into printed_document (id, kind, title, printed_at, printed_by, printed_by_name, content)
				values (:id, :kind, :title, :at, :by, :name, :content)""")
			.param("id", id)
			.param("kind", snapshot.kind())
			.param("title", snapshot.title())
			.param("at", java.sql.Timestamp.from(snapshot.printedAt()))
			.param("by", snapshot.printedBy())
			.param("name", snapshot.printedByName())
			.param("content", JSON.writeValueAsString(snapshot))
			.update();
		return this.codes.codeOf(id);
	}

	/**
	 * What a code says: a real document, a revoked one, a forged code, or an unknown
	 * document.
	 */
	@Transactional(readOnly = true)
	Verification verify(String code) {
		String id = this.codes.verifiedId(code);
		if (id == null) {
			return new Verification(Verification.Outcome.FORGED, null, null, null, null);
		}
		Optional<Stored> stored = this.jdbc
			.sql("select content, revoked_at, revoke_reason from printed_document where id = :id")
			.param("id", id)
			.query(Stored.class)
			.optional();
		return stored
			.map((row) -> new Verification(
					(row.revokedAt() != null) ? Verification.Outcome.REVOKED : Verification.Outcome.VALID,
					JSON.readValue(row.content(), DocumentSnapshot.class), sha256(row.content()),
					(row.revokedAt() != null) ? row.revokedAt().toInstant() : null, row.revokeReason()))
			.orElseGet(() -> new Verification(Verification.Outcome.UNKNOWN, null, null, null, null));
	}

	/**
	 * Revokes a document: its code verifies as revoked from now on. Audited with the
	 * reason.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	void revoke(String code, String reason) {
		String id = this.codes.verifiedId(code);
		if (id == null) {
			throw new NotFoundException("verify.notFound", code);
		}
		String text = (reason != null) ? reason.strip() : "";
		if (text.isEmpty()) {
			throw new RuleViolationException("reason", "verify.revoke.reason.required");
		}
		if (text.length() > 500) {
			throw new RuleViolationException("reason", "verify.revoke.reason.tooLong");
		}
		int changed = this.jdbc.sql("""
				update printed_document set revoked_at = :at, revoked_by = :by, revoke_reason = :reason
				where id = :id and revoked_at is null""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", this.currentUser.require().getUsername())
			.param("reason", text)
			.param("id", id)
			.update();
		if (changed == 0) {
			boolean exists = this.jdbc.sql("select count(*) from printed_document where id = :id")
				.param("id", id)
				.query(Long.class)
				.single() > 0;
			if (!exists) {
				throw new NotFoundException("verify.notFound", code);
			}
			throw new RuleViolationException("reason", "verify.revoke.already");
		}
		this.events.publishEvent(new AuditRecord("DOCUMENT_REVOKED", code, text));
	}

	private static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private record Stored(String content, Timestamp revokedAt, String revokeReason) {
	}

	/**
	 * The result of checking a code.
	 *
	 * @param outcome what the code says
	 * @param document the snapshot, for a valid or revoked document
	 * @param contentHash the SHA-256 of its content, in hexadecimal
	 * @param revokedAt when it was revoked
	 * @param revokeReason why
	 */
	record Verification(Outcome outcome, DocumentSnapshot document, String contentHash, Instant revokedAt,
			String revokeReason) {

		enum Outcome {

			VALID, REVOKED, FORGED, UNKNOWN

		}

		/** The first 16 hexadecimal digits, as the paper's footer prints them. */
		public String shortHash() {
			return (this.contentHash != null) ? this.contentHash.substring(0, 16) : null;
		}

	}

}
