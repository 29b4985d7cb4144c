package id.siapel.report.recap;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import id.siapel.job.JobContext;
import id.siapel.job.JobFailedException;
import id.siapel.job.JobKind;
import id.siapel.job.JobResult;
import id.siapel.job.JobStep;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.LongerStatements;
import lombok.RequiredArgsConstructor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The monthly recap PDF of a unit too big to render in the request (more than
 * {@code siapel.reports.inline-pdf-employees} employees), as a background job (issue 15).
 * The request checked the unit scope and recorded the download in the audit trail when it
 * queued the job; the job runs without the user, from its parameters: the unit's id, the
 * month, the language and the display name of the user who asked (printed on a document
 * of the current month). openhtmltopdf lays out one document at a time, so the job is one
 * step (about 6.5 ms per employee: 13 s for 2,000, under two minutes for 15,000); the
 * step holds the job's row, so no other runner takes the job over meanwhile. The job is
 * read-only apart from the cache: a past month's document is kept there, and a job that
 * finds it already kept (by another request) hands that out.
 */
@Component
@RequiredArgsConstructor
class MonthlyRecapPdfJob implements JobKind {

	/** The longest a render may leave the step's transaction idle. */
	static final Duration RENDERING = Duration.ofMinutes(15);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MonthlyRecapPdfs pdfs;

	private final Units units;

	private final LongerStatements longer;

	@Override
	public String kind() {
		return MonthlyRecapPdfs.KIND;
	}

	static String parameters(UnitView unit, YearMonth month, Locale locale, String printedBy) {
		return JSON.writeValueAsString(Map.of("unitId", String.valueOf(unit.id()), "unitCode", unit.code(), "month",
				month.toString(), "locale", locale.toLanguageTag(), "printedBy", printedBy));
	}

	@Override
	public JobStep step(JobContext context) {
		Map<String, String> parameters = JSON.readValue(context.parameters(), new TypeReference<>() {
		});
		long unitId = Long.parseLong(parameters.get("unitId"));
		UnitView unit = this.units.find(unitId)
			.orElseThrow(() -> new JobFailedException("recap.monthly.job.unitGone", parameters.get("unitCode")));
		YearMonth month = YearMonth.parse(parameters.get("month"));
		Locale locale = Locale.forLanguageTag(parameters.get("locale"));
		this.longer.idleWhileWorking(RENDERING);
		MonthlyRecapPdfs.Document document = this.pdfs.make(unit, month, parameters.get("printedBy"), locale);
		return JobStep.finished(document.rows(), document.rows(),
				JobResult.file(document.fileName(), MediaType.APPLICATION_PDF_VALUE, document.content()));
	}

}
