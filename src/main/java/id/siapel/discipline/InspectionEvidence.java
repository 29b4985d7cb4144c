package id.siapel.discipline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.siapel.discipline.Inspections.Evidence;
import id.siapel.discipline.Inspections.EvidenceFile;
import id.siapel.discipline.Inspections.EvidenceUpload;
import id.siapel.shared.RuleViolationException.Problem;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The photos and documents of inspections in {@code inspection_evidence}: checked by
 * content (JPEG, PNG, PDF, at most {@value #MAX_MB} MB each, {@value #MAX_FILES} per
 * inspection), stored, listed and read back. Who may do what is checked by
 * {@link Inspections}, the only caller.
 */
@Component
@RequiredArgsConstructor
class InspectionEvidence {

	static final int MAX_MB = 5;

	static final int MAX_BYTES = MAX_MB * 1024 * 1024;

	static final int MAX_FILES = 10;

	static final int MAX_NAME = 255;

	private final JdbcClient jdbc;

	/**
	 * The uploads that carry a file (a form's empty file input sends none), each with its
	 * type; a problem on {@code field} for each refused one.
	 * @param already how many the inspection has
	 */
	List<Checked> check(List<EvidenceUpload> uploads, int already, String field, List<Problem> problems) {
		List<Checked> checked = new ArrayList<>();
		List<EvidenceUpload> given = (uploads != null) ? uploads.stream()
			.filter((upload) -> upload != null && upload.content() != null && upload.content().length > 0)
			.toList() : List.of();
		if (already + given.size() > MAX_FILES) {
			problems.add(new Problem(field, "inspection.evidence.tooMany", MAX_FILES));
			return checked;
		}
		for (EvidenceUpload upload : given) {
			String name = displayName(upload.fileName());
			if (upload.content().length > MAX_BYTES) {
				problems.add(new Problem(field, "inspection.evidence.tooLarge", name, MAX_MB));
				continue;
			}
			Optional<String> type = EvidenceTypes.detect(upload.content());
			if (type.isEmpty()) {
				problems.add(new Problem(field, "inspection.evidence.type", name));
				continue;
			}
			checked.add(new Checked(fileName(name, type.get()), type.get(), upload.content()));
		}
		return checked;
	}

	void store(long inspectionId, List<Checked> files, Instant now, String by) {
		for (Checked file : files) {
			this.jdbc.sql("""
					insert into inspection_evidence (inspection_id, file_name, content_type, size_bytes, content,
					    created_at, created_by)
					values (:inspection, :name, :type, :size, :content, :now, :by)""")
				.param("inspection", inspectionId)
				.param("name", file.fileName())
				.param("type", file.contentType())
				.param("size", file.content().length)
				.param("content", file.content())
				.param("now", Timestamp.from(now))
				.param("by", by)
				.update();
		}
	}

	int count(long inspectionId) {
		return this.jdbc.sql("select count(*) from inspection_evidence where inspection_id = :id")
			.param("id", inspectionId)
			.query(Integer.class)
			.single();
	}

	/** The evidence of these inspections, without the content, oldest first. */
	Map<Long, List<Evidence>> of(Collection<Long> inspectionIds) {
		Map<Long, List<Evidence>> found = new HashMap<>();
		this.jdbc.sql("""
				select id, inspection_id, file_name, content_type, size_bytes, created_at, created_by
				from inspection_evidence where inspection_id = any(:ids) order by created_at, id""")
			.param("ids", SqlArrays.bigints(inspectionIds))
			.query((rs) -> {
				found.computeIfAbsent(rs.getLong("inspection_id"), (id) -> new ArrayList<>())
					.add(new Evidence(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
							rs.getInt("size_bytes"), rs.getTimestamp("created_at").toInstant(),
							rs.getString("created_by")));
			});
		return found;
	}

	Optional<EvidenceFile> load(long inspectionId, long evidenceId) {
		return this.jdbc.sql(
				"select file_name, content_type, content from inspection_evidence where id = :id and inspection_id = :inspection")
			.param("id", evidenceId)
			.param("inspection", inspectionId)
			.query((rs, row) -> new EvidenceFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	/** The name without any folder, shortened; "bukti" when there is none. */
	private static String displayName(String fileName) {
		String name = (fileName != null) ? fileName.replace('\\', '/') : "";
		name = name.substring(name.lastIndexOf('/') + 1).strip().replaceAll("\\p{Cntrl}", "");
		return name.isEmpty() ? "bukti" : name;
	}

	/** The name kept: shortened, with the extension of what the file really is. */
	private static String fileName(String name, String type) {
		String extension = "." + EvidenceTypes.extension(type);
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		if (base.length() > MAX_NAME - extension.length()) {
			base = base.substring(0, MAX_NAME - extension.length());
		}
		return base + extension;
	}

	/** An upload found to be evidence of a known type. */
	record Checked(String fileName, String contentType, byte[] content) {
	}

}
