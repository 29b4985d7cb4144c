package id.siapel.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Pemda's working-hours settings (regulation.md §3): hours per weekday with an
 * effective date, Ramadan periods with their own hours, and the cut-offs of the apel
 * sheets. Everyone reads them; the administrator changes them, audited.
 */
@Service
@RequiredArgsConstructor
public class WorkScheduleSettings {

	static final int MAX_CUTOFF_MINUTES = 720;

	private final WorkingHoursRuleRepository rules;

	private final RamadanPeriodRepository ramadan;

	private final CalendarRevision revision;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional(readOnly = true)
	public List<HoursRule> rules() {
		return this.rules.findAllByOrderByEffectiveFromAsc().stream().map(WorkingHoursRule::view).toList();
	}

	@Transactional(readOnly = true)
	public HoursRule rule(long id) {
		return loadRule(id).view();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public HoursRule createRule(HoursInput input) {
		this.revision.bump();
		HoursRule rule = check(input, null);
		WorkingHoursRule saved = this.rules.save(WorkingHoursRule.create(rule, this.clock.instant()));
		this.events
			.publishEvent(new AuditRecord("WORKING_HOURS_ADDED", rule.effectiveFrom().toString(), describe(rule)));
		return saved.view();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public HoursRule changeRule(long id, HoursInput input, long expectedVersion) {
		this.revision.bump();
		WorkingHoursRule entity = loadRule(id);
		if (entity.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(WorkingHoursRule.class, id);
		}
		HoursRule rule = check(input, id);
		String before = describe(entity.view());
		entity.change(rule, this.clock.instant());
		this.events.publishEvent(new AuditRecord("WORKING_HOURS_CHANGED", rule.effectiveFrom().toString(),
				before + " -> " + describe(rule)));
		return entity.view();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void deleteRule(long id, long expectedVersion) {
		this.revision.bump();
		WorkingHoursRule entity = loadRule(id);
		if (entity.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(WorkingHoursRule.class, id);
		}
		if (this.rules.count() <= 1) {
			throw new RuleViolationException(null, "calendar.hours.lastRule");
		}
		this.rules.delete(entity);
		this.events.publishEvent(new AuditRecord("WORKING_HOURS_DELETED", entity.getEffectiveFrom().toString(),
				describe(entity.view())));
	}

	@Transactional(readOnly = true)
	public List<RamadanPeriodView> ramadanPeriods() {
		return this.ramadan.findAllByOrderByStartDateAsc().stream().map(RamadanPeriod::view).toList();
	}

	@Transactional(readOnly = true)
	public RamadanPeriodView ramadanPeriod(long id) {
		return loadRamadan(id).view();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public RamadanPeriodView addRamadan(String name, LocalDate start, LocalDate end) {
		this.revision.bump();
		checkRamadan(name, start, end, null);
		RamadanPeriod period = this.ramadan.save(RamadanPeriod.create(name, start, end, this.clock.instant()));
		this.events.publishEvent(new AuditRecord("RAMADAN_PERIOD_ADDED", period.getName(), start + ".." + end));
		return period.view();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public RamadanPeriodView changeRamadan(long id, String name, LocalDate start, LocalDate end, long expectedVersion) {
		this.revision.bump();
		RamadanPeriod period = loadRamadan(id);
		if (period.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(RamadanPeriod.class, id);
		}
		checkRamadan(name, start, end, id);
		String before = period.getName() + " " + period.getStartDate() + ".." + period.getEndDate();
		period.change(name, start, end, this.clock.instant());
		this.events.publishEvent(new AuditRecord("RAMADAN_PERIOD_CHANGED", period.getName(),
				before + " -> " + period.getName() + " " + start + ".." + end));
		return period.view();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void deleteRamadan(long id, long expectedVersion) {
		this.revision.bump();
		RamadanPeriod period = loadRamadan(id);
		if (period.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(RamadanPeriod.class, id);
		}
		this.ramadan.delete(period);
		this.events.publishEvent(new AuditRecord("RAMADAN_PERIOD_DELETED", period.getName(),
				period.getStartDate() + ".." + period.getEndDate()));
	}

	private HoursRule check(HoursInput input, Long self) {
		List<Problem> problems = new ArrayList<>();
		if (input.effectiveFrom() == null) {
			problems.add(new Problem("effectiveFrom", "calendar.hours.effectiveFrom.required"));
		}
		else if (input.effectiveFrom().isBefore(DayRules.FIRST) || input.effectiveFrom().isAfter(DayRules.LAST)) {
			problems.add(new Problem("effectiveFrom", "calendar.day.date.range", DayRules.FIRST.getYear(),
					DayRules.LAST.getYear()));
		}
		else {
			this.rules.findByEffectiveFrom(input.effectiveFrom())
				.filter((other) -> !other.getId().equals(self))
				.ifPresent((other) -> problems.add(
						new Problem("effectiveFrom", "calendar.hours.effectiveFrom.duplicate", input.effectiveFrom())));
		}
		Map<DayOfWeek, TimeSpan> regular = new EnumMap<>(DayOfWeek.class);
		Map<DayOfWeek, TimeSpan> duringRamadan = new EnumMap<>(DayOfWeek.class);
		List<HoursInput.DayHours> days = (input.days() != null) ? input.days() : List.of();
		for (int i = 0; i < HoursRule.WEEKDAYS.size(); i++) {
			DayOfWeek day = HoursRule.WEEKDAYS.get(i);
			HoursInput.DayHours hours = days.stream().filter((d) -> d.day() == day).findFirst().orElse(null);
			span(problems, "days[" + i + "].start", "days[" + i + "].end", (hours != null) ? hours.start() : null,
					(hours != null) ? hours.end() : null)
				.ifPresent((span) -> regular.put(day, span));
			span(problems, "days[" + i + "].ramadanStart", "days[" + i + "].ramadanEnd",
					(hours != null) ? hours.ramadanStart() : null, (hours != null) ? hours.ramadanEnd() : null)
				.ifPresent((span) -> duringRamadan.put(day, span));
		}
		cutoff(problems, "morningCutoffMinutes", input.morningCutoffMinutes());
		cutoff(problems, "eveningCutoffMinutes", input.eveningCutoffMinutes());
		if (input.note() != null && input.note().strip().length() > 300) {
			problems.add(new Problem("note", "calendar.day.tooLong", 300));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		return new HoursRule(0, input.effectiveFrom(), regular, duringRamadan, input.morningCutoffMinutes(),
				input.eveningCutoffMinutes(), input.note(), 0);
	}

	private static java.util.Optional<TimeSpan> span(List<Problem> problems, String startField, String endField,
			LocalTime start, LocalTime end) {
		if (start == null) {
			problems.add(new Problem(startField, "calendar.hours.time.required"));
		}
		if (end == null) {
			problems.add(new Problem(endField, "calendar.hours.time.required"));
		}
		if (start == null || end == null) {
			return java.util.Optional.empty();
		}
		if (!end.isAfter(start)) {
			problems.add(new Problem(endField, "calendar.hours.time.order"));
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new TimeSpan(start, end));
	}

	private static void cutoff(List<Problem> problems, String field, Integer minutes) {
		if (minutes == null || minutes < 0 || minutes > MAX_CUTOFF_MINUTES) {
			problems.add(new Problem(field, "calendar.hours.cutoff.range", MAX_CUTOFF_MINUTES));
		}
	}

	private void checkRamadan(String name, LocalDate start, LocalDate end, Long self) {
		List<Problem> problems = new ArrayList<>();
		if (name == null || name.isBlank()) {
			problems.add(new Problem("name", "calendar.ramadan.name.required"));
		}
		else if (name.strip().length() > 100) {
			problems.add(new Problem("name", "calendar.day.tooLong", 100));
		}
		if (start == null) {
			problems.add(new Problem("startDate", "monitoring.startDate.required"));
		}
		if (end == null) {
			problems.add(new Problem("endDate", "monitoring.endDate.required"));
		}
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				problems.add(new Problem("endDate", "monitoring.endDate.beforeStart"));
			}
			else if (end.toEpochDay() - start.toEpochDay() > 31) {
				problems.add(new Problem("endDate", "calendar.ramadan.tooLong"));
			}
			else if (start.isBefore(DayRules.FIRST) || end.isAfter(DayRules.LAST)) {
				problems.add(new Problem("startDate", "calendar.day.date.range", DayRules.FIRST.getYear(),
						DayRules.LAST.getYear()));
			}
			else {
				for (RamadanPeriod other : this.ramadan.findAll()) {
					if (!other.getId().equals(self) && !other.getStartDate().isAfter(end)
							&& !other.getEndDate().isBefore(start)) {
						problems.add(new Problem("startDate", "calendar.ramadan.overlap", other.getName()));
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
	}

	private WorkingHoursRule loadRule(long id) {
		return this.rules.findById(id).orElseThrow(() -> new NotFoundException("calendar.hours.notFound", id));
	}

	private RamadanPeriod loadRamadan(long id) {
		return this.ramadan.findById(id).orElseThrow(() -> new NotFoundException("calendar.ramadan.notFound", id));
	}

	private static String describe(HoursRule rule) {
		StringBuilder text = new StringBuilder("from " + rule.effectiveFrom() + ":");
		for (DayOfWeek day : HoursRule.WEEKDAYS) {
			TimeSpan regular = rule.regular().get(day);
			TimeSpan ramadan = rule.ramadan().get(day);
			text.append(' ')
				.append(day.name(), 0, 3)
				.append(' ')
				.append(regular.start())
				.append('-')
				.append(regular.end())
				.append(" (R ")
				.append(ramadan.start())
				.append('-')
				.append(ramadan.end())
				.append(')');
		}
		return text + "; cut-offs +" + rule.morningCutoffMinutes() + "/+" + rule.eveningCutoffMinutes() + " min";
	}

}
