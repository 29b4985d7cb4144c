package id.siapel.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/** One line of the audit trail. Never updated, so it carries no version. */
@Entity
@Table(name = "audit_entry")
@Getter
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String subject;

	private String detail;

	private String remoteAddress;

	private String unitCode;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, String subject, String detail, String remoteAddress,
			String unitCode) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.subject = truncate(subject, 200);
		this.detail = truncate(detail, 2000);
		this.remoteAddress = remoteAddress;
		this.unitCode = truncate(unitCode, 50);
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
