package id.siapel.report.recap;

import java.time.YearMonth;
import java.util.Locale;

import id.siapel.job.Jobs;
import id.siapel.organization.UnitView;
import id.siapel.report.PersonalDataExports;
import id.siapel.security.SiapelUser;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a monthly recap PDF as a {@link MonthlyRecapPdfJob} owned by the acting user,
 * and writes its {@code PERSONAL_DATA_EXPORTED} line in the same transaction (the job
 * runs without the user): the job exists only with its line in the trail.
 */
@Service
@RequiredArgsConstructor
class MonthlyRecapQueue {

	private final Jobs jobs;

	private final PersonalDataExports exports;

	/**
	 * @param rows the employees the document will list, for the audit line
	 * @return the job's id
	 */
	@Transactional
	long queue(UnitView unit, YearMonth month, Locale locale, SiapelUser user, long rows) {
		long job = this.jobs.enqueue(MonthlyRecapPdfs.KIND,
				MonthlyRecapPdfJob.parameters(unit, month, locale, user.fullName()), unit.code() + " " + month,
				user.getUsername());
		this.exports.record(MonthlyRecapPdfs.fileName(unit, month),
				"unit: " + unit.code() + "; period: " + month + "; rows: " + rows + "; as background job " + job,
				unit.code());
		return job;
	}

}
