package id.siapel.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.siapel.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lombok.Getter;

/** Working hours from a date on (table {@code working_hours_rule}). */
@Entity
@Table(name = "working_hours_rule")
@Getter
class WorkingHoursRule extends BaseEntity {

	private LocalDate effectiveFrom;

	private int morningCutoffMinutes;

	private int eveningCutoffMinutes;

	private String note;

	@ElementCollection
	@CollectionTable(name = "working_hours_rule_day", joinColumns = @JoinColumn(name = "rule_id"))
	private List<Hours> days = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	protected WorkingHoursRule() {
	}

	static WorkingHoursRule create(HoursRule rule, Instant now) {
		WorkingHoursRule entity = new WorkingHoursRule();
		entity.createdAt = now;
		entity.change(rule, now);
		return entity;
	}

	void change(HoursRule rule, Instant now) {
		this.effectiveFrom = rule.effectiveFrom();
		this.morningCutoffMinutes = rule.morningCutoffMinutes();
		this.eveningCutoffMinutes = rule.eveningCutoffMinutes();
		this.note = (rule.note() == null || rule.note().isBlank()) ? null : rule.note().strip();
		this.days.clear();
		for (DayOfWeek day : HoursRule.WEEKDAYS) {
			this.days.add(new Hours(day.getValue(), false, rule.regular().get(day)));
			this.days.add(new Hours(day.getValue(), true, rule.ramadan().get(day)));
		}
		this.updatedAt = now;
	}

	HoursRule view() {
		Map<DayOfWeek, TimeSpan> regular = new EnumMap<>(DayOfWeek.class);
		Map<DayOfWeek, TimeSpan> ramadan = new EnumMap<>(DayOfWeek.class);
		for (Hours hours : this.days) {
			(hours.ramadan ? ramadan : regular).put(DayOfWeek.of(hours.dayOfWeek),
					new TimeSpan(hours.startTime, hours.endTime));
		}
		return new HoursRule(getId(), this.effectiveFrom, regular, ramadan, this.morningCutoffMinutes,
				this.eveningCutoffMinutes, this.note, getVersion());
	}

	/** The hours of one weekday, outside or during Ramadan. */
	@Embeddable
	static class Hours {

		private int dayOfWeek;

		private boolean ramadan;

		private LocalTime startTime;

		private LocalTime endTime;

		protected Hours() {
		}

		Hours(int dayOfWeek, boolean ramadan, TimeSpan span) {
			this.dayOfWeek = dayOfWeek;
			this.ramadan = ramadan;
			this.startTime = span.start();
			this.endTime = span.end();
		}

	}

}
