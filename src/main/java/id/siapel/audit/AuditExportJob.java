package id.siapel.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import id.siapel.audit.AuditLog.AuditQuery;
import id.siapel.job.JobContext;
import id.siapel.job.JobKind;
import id.siapel.job.JobResult;
import id.siapel.job.JobStep;
import lombok.RequiredArgsConstructor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The audit trail's CSV of more than {@code siapel.audit.inline-export-lines} lines, as a
 * background job (issue 15: 100,000 lines took about 12 s in the request). Read-only. The
 * administrator's request checked the filter and wrote {@code PERSONAL_DATA_EXPORTED}
 * when it queued the job; the job runs without the user, from its parameters (the filter,
 * the file name and the language), in one step: one cursor over the lines, as the
 * download in the request reads them, at most {@value AuditLog#EXPORT_LIMIT}.
 */
@Component
@RequiredArgsConstructor
class AuditExportJob implements JobKind {

	static final String KIND = "AUDIT_EXPORT";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditCsv csv;

	@Override
	public String kind() {
		return KIND;
	}

	static String parameters(AuditQuery query, String fileName, Locale locale) {
		Map<String, String> parameters = new HashMap<>();
		parameters.put("actor", query.actor());
		parameters.put("unit", query.unitCode());
		parameters.put("from", (query.from() != null) ? query.from().toString() : null);
		parameters.put("to", (query.to() != null) ? query.to().toString() : null);
		parameters.put("action", query.action());
		parameters.put("fileName", fileName);
		parameters.put("locale", locale.toLanguageTag());
		return JSON.writeValueAsString(parameters);
	}

	@Override
	public JobStep step(JobContext context) {
		Map<String, String> parameters = JSON.readValue(context.parameters(), new TypeReference<>() {
		});
		AuditQuery query = new AuditQuery(parameters.get("actor"), parameters.get("unit"), date(parameters.get("from")),
				date(parameters.get("to")), parameters.get("action"));
		AuditCsv.Written written = this.csv.writeQueued(query, Locale.forLanguageTag(parameters.get("locale")));
		Path file = written.file();
		try {
			byte[] content = Files.readAllBytes(file);
			return JobStep.finished(written.lines(), written.lines(),
					JobResult.file(parameters.get("fileName"), AuditCsv.TYPE, content));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			AuditCsv.deleteQuietly(file);
		}
	}

	private static LocalDate date(String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

}
