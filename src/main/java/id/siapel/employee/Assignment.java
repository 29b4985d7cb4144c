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
 * The employee belongs to the unit on the days [validFrom, validTo). The database refuses
 * two assignments of one employee that share a day. A transfer closes the current
 * assignment and opens the next one; the past is never rewritten.
 */
@Entity
@Table(name = "employee_assignment")
@Getter
class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long employeeId;

	private long unitId;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String positionName;

	private String decreeNumber;

	@Enumerated(EnumType.STRING)
	private Reason reason;

	private Long batchId;

	private Instant createdAt;

	private String createdBy;

	protected Assignment() {
	}

	static Assignment open(long employeeId, long unitId, LocalDate from, String position, String decree, Reason reason,
			Long batchId, Instant now, String by) {
		Assignment assignment = new Assignment();
		assignment.employeeId = employeeId;
		assignment.unitId = unitId;
		assignment.validFrom = from;
		assignment.positionName = position;
		assignment.decreeNumber = decree;
		assignment.reason = reason;
		assignment.batchId = batchId;
		assignment.createdAt = now;
		assignment.createdBy = by;
		return assignment;
	}

	boolean isOpen() {
		return this.validTo == null;
	}

	boolean covers(LocalDate day) {
		return (this.validFrom == null || !this.validFrom.isAfter(day))
				&& (this.validTo == null || this.validTo.isAfter(day));
	}

	/** The employee no longer belongs to the unit from {@code day} on. */
	void endOn(LocalDate day) {
		this.validTo = day;
	}

	enum Reason {

		INITIAL, TRANSFER

	}

}
