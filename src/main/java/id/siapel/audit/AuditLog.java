package id.siapel.audit;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Reads the audit trail, newest first. */
@Service
@RequiredArgsConstructor
class AuditLog {

	static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	@Transactional(readOnly = true)
	Page<AuditLine> page(int page, String action) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Page<AuditEntry> found = StringUtils.hasText(action)
				? this.entries.findByActionOrderByOccurredAtDescIdDesc(action.strip(), request)
				: this.entries.findAllByOrderByOccurredAtDescIdDesc(request);
		return found.map(AuditLine::of);
	}

	/** The kinds of event recorded so far, for the filter. */
	@Transactional(readOnly = true)
	List<String> actions() {
		return this.entries.findDistinctActions();
	}

	record AuditLine(Instant occurredAt, String actor, String action, String subject, String detail,
			String remoteAddress) {

		static AuditLine of(AuditEntry entry) {
			return new AuditLine(entry.getOccurredAt(), entry.getActor(), entry.getAction(), entry.getSubject(),
					entry.getDetail(), entry.getRemoteAddress());
		}

	}

}
