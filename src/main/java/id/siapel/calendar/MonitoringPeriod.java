package id.siapel.calendar;

import java.time.Instant;
import java.time.LocalDate;

import id.siapel.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;

/** A masa pemantauan as stored (table {@code monitoring_period}). */
@Entity
@Table(name = "monitoring_period")
@Getter
class MonitoringPeriod extends BaseEntity {

	private String name;

	@Enumerated(EnumType.STRING)
	private MonitoringKind kind;

	private LocalDate startDate;

	private LocalDate endDate;

	private String circularNumber;

	private LocalDate circularDate;

	private Instant createdAt;

	private Instant updatedAt;

	protected MonitoringPeriod() {
	}

	static MonitoringPeriod create(MonitoringPeriods.PeriodInput input, Instant now) {
		MonitoringPeriod period = new MonitoringPeriod();
		period.createdAt = now;
		period.change(input, now);
		return period;
	}

	void change(MonitoringPeriods.PeriodInput input, Instant now) {
		this.name = input.name().strip();
		this.kind = input.kind();
		this.startDate = input.startDate();
		this.endDate = input.endDate();
		this.circularNumber = blankToNull(input.circularNumber());
		this.circularDate = input.circularDate();
		this.updatedAt = now;
	}

	MonitoringPeriodView view() {
		return new MonitoringPeriodView(getId(), this.name, this.kind, this.startDate, this.endDate,
				this.circularNumber, this.circularDate);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
