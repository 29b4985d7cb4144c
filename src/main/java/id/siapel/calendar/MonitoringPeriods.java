package id.siapel.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * Monitoring periods (masa pemantauan): read by everyone; created, changed and deleted by
 * HR and ADMIN, by hand or from an election template (Pilkada 2024, Pemilu 2024). Every
 * change publishes {@link MonitoringPeriodsChanged} for the days it touched.
 */
@Service
@RequiredArgsConstructor
public class MonitoringPeriods {

	private final MonitoringPeriodRepository periods;

	private final CalendarRevision revision;

	private final ApplicationEventPublisher events;

	private final ElectionTemplates templates;

	private final Clock clock;

	/** Every period, the latest first. */
	@Transactional(readOnly = true)
	public List<MonitoringPeriodView> all() {
		return this.periods.findAllByOrderByStartDateDescNameAsc().stream().map(MonitoringPeriod::view).toList();
	}

	/** Every period with its version, the latest first (the API lists them so). */
	@Transactional(readOnly = true)
	public List<Editable> allWithVersions() {
		return this.periods.findAllByOrderByStartDateDescNameAsc()
			.stream()
			.map((period) -> new Editable(period.view(), period.getVersion()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Editable get(long id) {
		MonitoringPeriod period = load(id);
		return new Editable(period.view(), period.getVersion());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public MonitoringPeriodView create(PeriodInput input) {
		this.revision.bump();
		check(input);
		MonitoringPeriod period = this.periods.save(MonitoringPeriod.create(input, this.clock.instant()));
		this.events.publishEvent(new AuditRecord("MONITORING_PERIOD_CREATED", period.getName(), describe(period)));
		this.events.publishEvent(days(period));
		return period.view();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public MonitoringPeriodView change(long id, PeriodInput input, long expectedVersion) {
		this.revision.bump();
		MonitoringPeriod period = load(id);
		if (period.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(MonitoringPeriod.class, id);
		}
		check(input);
		String before = describe(period);
		MonitoringPeriodsChanged daysBefore = days(period);
		period.change(input, this.clock.instant());
		this.events.publishEvent(
				new AuditRecord("MONITORING_PERIOD_CHANGED", period.getName(), before + " -> " + describe(period)));
		this.events.publishEvent(MonitoringPeriodsChanged.covering(daysBefore, days(period)));
		return period.view();
	}

	/**
	 * Deletes a period; {@code expectedVersion} {@code null} skips the check (API without
	 * a version).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public void delete(long id, Long expectedVersion) {
		this.revision.bump();
		MonitoringPeriod period = load(id);
		if (expectedVersion != null && period.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(MonitoringPeriod.class, id);
		}
		this.periods.delete(period);
		this.events.publishEvent(new AuditRecord("MONITORING_PERIOD_DELETED", period.getName(), describe(period)));
		this.events.publishEvent(days(period));
	}

	/** The election templates (one CSV each under {@code calendar/templates/}). */
	public List<ElectionTemplate> templates() {
		return this.templates.all();
	}

	/**
	 * Creates the ELECTION periods of a template with the circular ordering the
	 * monitoring; those that already exist (same name and dates) are left alone. Returns
	 * the periods created.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public List<MonitoringPeriodView> createFromTemplate(String templateId, String circularNumber,
			LocalDate circularDate) {
		ElectionTemplate template = this.templates.find(templateId)
			.orElseThrow(() -> new NotFoundException("monitoring.template.notFound", templateId));
		this.revision.bump();
		List<MonitoringPeriodView> created = new ArrayList<>();
		MonitoringPeriodsChanged touched = null;
		for (PeriodInput input : template.periods(circularNumber, circularDate)) {
			check(input);
			if (!this.periods.existsByNameAndStartDateAndEndDate(input.name(), input.startDate(), input.endDate())) {
				MonitoringPeriod period = this.periods.save(MonitoringPeriod.create(input, this.clock.instant()));
				created.add(period.view());
				touched = MonitoringPeriodsChanged.covering(touched, days(period));
			}
		}
		this.events.publishEvent(new AuditRecord("MONITORING_PERIODS_FROM_TEMPLATE", template.name(),
				created.size() + " created" + ((circularNumber != null) ? ", SE " + circularNumber : "")));
		if (touched != null) {
			this.events.publishEvent(touched);
		}
		return created;
	}

	private static MonitoringPeriodsChanged days(MonitoringPeriod period) {
		return new MonitoringPeriodsChanged(period.getStartDate(), period.getEndDate());
	}

	private static void check(PeriodInput input) {
		List<Problem> problems = new ArrayList<>();
		if (input.name() == null || input.name().isBlank()) {
			problems.add(new Problem("name", "monitoring.name.required"));
		}
		else if (input.name().strip().length() > 200) {
			problems.add(new Problem("name", "calendar.day.tooLong", 200));
		}
		if (input.kind() == null) {
			problems.add(new Problem("kind", "monitoring.kind.required"));
		}
		if (input.startDate() == null) {
			problems.add(new Problem("startDate", "monitoring.startDate.required"));
		}
		if (input.endDate() == null) {
			problems.add(new Problem("endDate", "monitoring.endDate.required"));
		}
		if (input.startDate() != null && input.endDate() != null) {
			if (input.endDate().isBefore(input.startDate())) {
				problems.add(new Problem("endDate", "monitoring.endDate.beforeStart"));
			}
			if (input.startDate().isBefore(DayRules.FIRST) || input.endDate().isAfter(DayRules.LAST)) {
				problems.add(new Problem("startDate", "calendar.day.date.range", DayRules.FIRST.getYear(),
						DayRules.LAST.getYear()));
			}
		}
		if (input.circularNumber() != null && input.circularNumber().strip().length() > 150) {
			problems.add(new Problem("circularNumber", "calendar.day.tooLong", 150));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
	}

	private MonitoringPeriod load(long id) {
		return this.periods.findById(id).orElseThrow(() -> new NotFoundException("monitoring.notFound", id));
	}

	private static String describe(MonitoringPeriod period) {
		return period.getKind() + " " + period.getStartDate() + ".." + period.getEndDate()
				+ ((period.getCircularNumber() != null) ? ", SE " + period.getCircularNumber() : "")
				+ ((period.getCircularDate() != null) ? " (" + period.getCircularDate() + ")" : "");
	}

	/**
	 * A period to create or change (api.md: {@code {name, kind, startDate, endDate,
	 * circularNumber?, circularDate?}}).
	 */
	public record PeriodInput(String name, MonitoringKind kind, LocalDate startDate, LocalDate endDate,
			String circularNumber, LocalDate circularDate) {
	}

	/** A period with the version a form sends back. */
	public record Editable(MonitoringPeriodView period, long version) {
	}

}
