package id.siapel.employee;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * A dated departure from the Pemda: retirement, dismissal, death, moving to another
 * agency.
 */
@Entity
@Table(name = "employee_status_change")
@Getter
class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long employeeId;

	@Enumerated(EnumType.STRING)
	private EmployeeStatus status;

	private LocalDate effectiveDate;

	private String decreeNumber;

	private String note;

	private Instant createdAt;

	private String createdBy;

	protected StatusChange() {
	}

	StatusChange(long employeeId, EmployeeStatus status, LocalDate effectiveDate, String decreeNumber, String note,
			Instant now, String by) {
		this.employeeId = employeeId;
		this.status = status;
		this.effectiveDate = effectiveDate;
		this.decreeNumber = decreeNumber;
		this.note = note;
		this.createdAt = now;
		this.createdBy = by;
	}

}
