package id.siapel.audit;

import java.util.Locale;

import id.siapel.audit.AuditLog.AuditQuery;
import id.siapel.job.Jobs;
import id.siapel.security.CurrentUser;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a long audit-trail export as an {@link AuditExportJob} owned by the acting
 * administrator, and writes its {@code PERSONAL_DATA_EXPORTED} line in the same
 * transaction: the job exists only with its line in the trail.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(AuditExportProperties.class)
class AuditExportJobs {

	private final Jobs jobs;

	private final AuditLog log;

	private final CurrentUser currentUser;

	@Transactional
	long queue(AuditQuery query, String fileName, Locale locale) {
		long job = this.jobs.enqueue(AuditExportJob.KIND, AuditExportJob.parameters(query, fileName, locale), fileName,
				this.currentUser.require().getUsername());
		this.log.recordQueued(query, fileName, this.log.countUpTo(query, AuditLog.EXPORT_LIMIT), job);
		return job;
	}

}
