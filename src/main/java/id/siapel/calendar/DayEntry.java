package id.siapel.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import id.siapel.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lombok.Getter;

/** A typed day as stored (table {@code calendar_day}). */
@Entity
@Table(name = "calendar_day")
@Getter
class DayEntry extends BaseEntity {

	@Column(name = "day")
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private DayKind kind;

	private String name;

	private String nameEn;

	private String instrument;

	private LocalDate instrumentDate;

	private String source;

	private boolean allUnits;

	@ElementCollection
	@CollectionTable(name = "calendar_day_unit", joinColumns = @JoinColumn(name = "calendar_day_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new HashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	protected DayEntry() {
	}

	static DayEntry create(LocalDate day, DayValues values, Instant now) {
		DayEntry entry = new DayEntry();
		entry.createdAt = now;
		entry.change(day, values, now);
		return entry;
	}

	void change(LocalDate day, DayValues values, Instant now) {
		this.day = day;
		this.kind = values.kind();
		this.name = values.name();
		this.nameEn = values.nameEn();
		this.instrument = values.instrument();
		this.instrumentDate = values.instrumentDate();
		this.source = values.source();
		this.unitIds.clear();
		this.unitIds.addAll(values.unitIds());
		this.allUnits = this.unitIds.isEmpty();
		this.updatedAt = now;
	}

	SpecialDay view() {
		return new SpecialDay(getId(), this.day, this.kind, this.name, this.nameEn, this.instrument,
				this.instrumentDate, this.source, Set.copyOf(this.unitIds), getVersion());
	}

	/** Checked values of a day, without its date. */
	record DayValues(DayKind kind, String name, String nameEn, String instrument, LocalDate instrumentDate,
			String source, Set<Long> unitIds) {
	}

}
