package id.siapel.calendar;

import java.time.Instant;
import java.time.LocalDate;

import id.siapel.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** The days of Ramadan in one year (table {@code ramadan_period}). */
@Entity
@Table(name = "ramadan_period")
@Getter
class RamadanPeriod extends BaseEntity {

	private String name;

	private LocalDate startDate;

	private LocalDate endDate;

	private Instant createdAt;

	private Instant updatedAt;

	protected RamadanPeriod() {
	}

	static RamadanPeriod create(String name, LocalDate startDate, LocalDate endDate, Instant now) {
		RamadanPeriod period = new RamadanPeriod();
		period.createdAt = now;
		period.change(name, startDate, endDate, now);
		return period;
	}

	void change(String name, LocalDate startDate, LocalDate endDate, Instant now) {
		this.name = name.strip();
		this.startDate = startDate;
		this.endDate = endDate;
		this.updatedAt = now;
	}

	RamadanPeriodView view() {
		return new RamadanPeriodView(getId(), this.name, this.startDate, this.endDate, getVersion());
	}

}
