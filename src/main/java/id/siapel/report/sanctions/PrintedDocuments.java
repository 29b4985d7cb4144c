package id.siapel.report.sanctions;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a snapshot of every printed document under a random id and finds it again from
 * the code on the paper.
 */
@Component
@RequiredArgsConstructor
class PrintedDocuments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final DocumentCodes codes;

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

	/** What a code says: a real document, a forged code, or an unknown document. */
	@Transactional(readOnly = true)
	Verification verify(String code) {
		String id = this.codes.verifiedId(code);
		if (id == null) {
			return new Verification(Verification.Outcome.FORGED, null);
		}
		Optional<String> content = this.jdbc.sql("select content from printed_document where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
		return content
			.map((json) -> new Verification(Verification.Outcome.VALID, JSON.readValue(json, DocumentSnapshot.class)))
			.orElseGet(() -> new Verification(Verification.Outcome.UNKNOWN, null));
	}

	/** The result of checking a code. */
	record Verification(Outcome outcome, DocumentSnapshot document) {

		enum Outcome {

			VALID, FORGED, UNKNOWN

		}

	}

}
