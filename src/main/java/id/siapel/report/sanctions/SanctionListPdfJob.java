package id.siapel.report.sanctions;

import java.time.Duration;
import java.util.Map;

import id.siapel.job.JobContext;
import id.siapel.job.JobFailedException;
import id.siapel.job.JobKind;
import id.siapel.job.JobResult;
import id.siapel.job.JobStep;
import id.siapel.shared.LongerStatements;
import lombok.RequiredArgsConstructor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A sanction list longer than {@code siapel.reports.inline-pdf-rows} rows, rendered as a
 * background job (issue 15: 1,000 rows took 2.4–3.1 s in the request). The request
 * printed the list for a user allowed to (its snapshot kept under the verification code,
 * its audit line written) and queued the job with the code; the job renders the kept
 * snapshot in one step and only reads. A list revoked before its job ran is not made.
 */
@Component
@RequiredArgsConstructor
class SanctionListPdfJob implements JobKind {

	static final String KIND = "SANCTION_LIST_PDF";

	static final String FILE_NAME = "daftar-hukuman-disiplin.pdf";

	/** The longest a render may leave the step's transaction idle. */
	static final Duration RENDERING = Duration.ofMinutes(15);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PrintedDocuments documents;

	private final KeptDocuments kept;

	private final LongerStatements longer;

	static String parameters(String code, String baseUrl) {
		return JSON.writeValueAsString(Map.of("code", code, "baseUrl", baseUrl));
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public JobStep step(JobContext context) {
		Map<String, String> parameters = JSON.readValue(context.parameters(), new TypeReference<>() {
		});
		String code = parameters.get("code");
		PrintedDocuments.Verification verification = this.documents.verify(code);
		if (verification.outcome() != PrintedDocuments.Verification.Outcome.VALID) {
			throw new JobFailedException("sanctionList.job.notValid", code);
		}
		this.longer.idleWhileWorking(RENDERING);
		DocumentSnapshot snapshot = verification.document();
		byte[] pdf = this.kept.list(snapshot, code, parameters.get("baseUrl"));
		int rows = snapshot.rows().size();
		return JobStep.finished(rows, rows, JobResult.file(FILE_NAME, MediaType.APPLICATION_PDF_VALUE, pdf));
	}

}
