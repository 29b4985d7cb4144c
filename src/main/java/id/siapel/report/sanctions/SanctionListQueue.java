package id.siapel.report.sanctions;

import java.util.OptionalLong;
import java.util.stream.Collectors;

import id.siapel.job.Jobs;
import id.siapel.report.recap.ReportJobProperties;
import id.siapel.report.sanctions.SanctionDocuments.PrintedList;
import id.siapel.report.sanctions.SanctionDocuments.SanctionListQuery;
import id.siapel.security.CurrentUser;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints the sanction list from its page: a list of up to
 * {@code siapel.reports.inline-pdf-rows} rows is rendered in the request, after the
 * transaction that kept it; a longer one is queued as a {@link SanctionListPdfJob} in the
 * same transaction as its snapshot and audit line, so the job exists only with both.
 */
@Service
@RequiredArgsConstructor
class SanctionListQueue {

	/** The job list's summary column ({@code background_job.summary}, V67). */
	static final int SUMMARY_LENGTH = 300;

	private final SanctionDocuments documents;

	private final Jobs jobs;

	private final CurrentUser currentUser;

	private final ReportJobProperties properties;

	/**
	 * @return the printed list, and the job that renders it when it is too long for the
	 * request
	 */
	@Transactional
	Printed print(SanctionListQuery query, String baseUrl) {
		PrintedList printed = this.documents.printList(query);
		if (printed.rows() <= this.properties.inlinePdfRows()) {
			return new Printed(printed, OptionalLong.empty());
		}
		String summary = printed.snapshot()
			.facts()
			.stream()
			.map(DocumentSnapshot.Fact::value)
			.collect(Collectors.joining(" · "));
		if (summary.length() > SUMMARY_LENGTH) {
			summary = summary.substring(0, SUMMARY_LENGTH - 1) + "…";
		}
		long job = this.jobs.enqueue(SanctionListPdfJob.KIND, SanctionListPdfJob.parameters(printed.code(), baseUrl),
				summary, this.currentUser.require().getUsername());
		return new Printed(printed, OptionalLong.of(job));
	}

	record Printed(PrintedList list, OptionalLong job) {
	}

}
