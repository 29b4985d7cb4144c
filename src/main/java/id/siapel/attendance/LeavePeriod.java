package id.siapel.attendance;

import java.time.Instant;
import java.time.LocalDate;

import id.siapel.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * Leave, official travel, study, permission or sickness of one employee over a range of
 * days. The database refuses two periods of one employee that share a day.
 */
@Entity
@Table(name = "leave_period")
@Getter
class LeavePeriod extends BaseEntity {

	private long employeeId;

	@Enumerated(EnumType.STRING)
	private LeaveType type;

	private LocalDate startDate;

	private LocalDate endDate;

	private String reference;

	private Instant createdAt;

	private String createdBy;

	protected LeavePeriod() {
	}

	static LeavePeriod register(long employeeId, LeaveType type, LocalDate start, LocalDate end, String reference,
			Instant now, String by) {
		LeavePeriod leave = new LeavePeriod();
		leave.employeeId = employeeId;
		leave.type = type;
		leave.startDate = start;
		leave.endDate = end;
		leave.reference = reference;
		leave.createdAt = now;
		leave.createdBy = by;
		return leave;
	}

}
