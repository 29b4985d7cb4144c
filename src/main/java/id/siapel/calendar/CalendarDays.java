package id.siapel.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
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
 * The typed days: read by everyone; added, changed and deleted by HR and ADMIN (e.g. a
 * new year's SKB list, an amended SKB, a regional holiday, a dispensation). Every change
 * is audited and visible to the next {@link WorkCalendars#current()}.
 */
@Service
@RequiredArgsConstructor
public class CalendarDays {

	private final DayEntryRepository days;

	private final Units units;

	private final CalendarRevision revision;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional(readOnly = true)
	public List<SpecialDay> between(LocalDate from, LocalDate toInclusive) {
		return this.days.findByDayBetweenOrderByDayAscKindAscNameAsc(from, toInclusive)
			.stream()
			.map(DayEntry::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<SpecialDay> ofKind(DayKind kind) {
		return this.days.findByKindOrderByDayAsc(kind).stream().map(DayEntry::view).toList();
	}

	@Transactional(readOnly = true)
	public SpecialDay get(long id) {
		return load(id).view();
	}

	/**
	 * Adds one day, or one per date from {@code date} to {@code until} (Sundays left out
	 * of a dispensation run). A day of the same kind on the same date for overlapping
	 * units already exists → 422.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public List<SpecialDay> add(DayInput input) {
		this.revision.bump();
		UnitTree tree = this.units.tree();
		DayEntry.DayValues values = check(input, tree);
		List<LocalDate> dates = dates(input);
		List<DayEntry> sameKind = this.days.findByDayBetweenAndKindIn(dates.get(0), dates.get(dates.size() - 1),
				List.of(values.kind()));
		for (LocalDate date : dates) {
			requireNoTwin(date, values, null, tree, sameKind);
		}
		Instant now = this.clock.instant();
		List<SpecialDay> added = new ArrayList<>();
		for (LocalDate date : dates) {
			added.add(this.days.save(DayEntry.create(date, values, now)).view());
		}
		this.events.publishEvent(new AuditRecord("CALENDAR_DAY_ADDED", subject(dates), describe(values, tree)));
		return added;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public SpecialDay change(long id, DayInput input, long expectedVersion) {
		this.revision.bump();
		DayEntry entry = load(id);
		if (entry.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(DayEntry.class, id);
		}
		if (input.until() != null && !input.until().equals(input.date())) {
			throw new RuleViolationException("until", "calendar.day.until.notOnChange");
		}
		UnitTree tree = this.units.tree();
		DayEntry.DayValues values = check(input, tree);
		requireNoTwin(input.date(), values, entry.getId(), tree,
				this.days.findByDayAndKind(input.date(), values.kind()));
		String before = entry.getDay() + " " + describe(valuesOf(entry), tree);
		entry.change(input.date(), values, this.clock.instant());
		this.events.publishEvent(new AuditRecord("CALENDAR_DAY_CHANGED", input.date().toString(),
				before + " -> " + input.date() + " " + describe(values, tree)));
		return entry.view();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public void delete(long id, long expectedVersion) {
		this.revision.bump();
		DayEntry entry = load(id);
		if (entry.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(DayEntry.class, id);
		}
		remove(List.of(entry));
	}

	/** Deletes several days at once (a dispensation run); an unknown id → 404. */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public int deleteAll(Collection<Long> ids) {
		this.revision.bump();
		List<DayEntry> entries = new ArrayList<>();
		for (Long id : new TreeSet<>(ids)) {
			entries.add(load(id));
		}
		remove(entries);
		return entries.size();
	}

	/**
	 * Deletes every day of that kind on that date (api.md: {@code DELETE
	 * /calendar/days/{date}?kind=}); none → 404.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public int deleteOn(LocalDate date, DayKind kind) {
		this.revision.bump();
		List<DayEntry> entries = this.days.findByDayAndKind(date, kind);
		if (entries.isEmpty()) {
			throw new NotFoundException("calendar.day.noneOn", date, kind);
		}
		remove(entries);
		return entries.size();
	}

	private void remove(List<DayEntry> entries) {
		UnitTree tree = this.units.tree();
		for (DayEntry entry : entries) {
			this.events.publishEvent(new AuditRecord("CALENDAR_DAY_DELETED", entry.getDay().toString(),
					describe(valuesOf(entry), tree)));
			this.days.delete(entry);
		}
	}

	/** The checked values of an input; any problem → 422 listing them all. */
	DayEntry.DayValues check(DayInput input, UnitTree tree) {
		Set<Long> unitIds = new HashSet<>();
		List<Problem> problems = DayRules.problems(input, tree, unitIds);
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		return values(input, unitIds);
	}

	static DayEntry.DayValues values(DayInput input, Set<Long> unitIds) {
		String instrument = DayRules.text(input.instrument());
		return new DayEntry.DayValues(input.kind(), input.name().strip(), DayRules.text(input.nameEn()), instrument,
				input.instrumentDate(), DayRules.text(input.source()), Set.copyOf(unitIds));
	}

	private static void requireNoTwin(LocalDate date, DayEntry.DayValues values, Long self, UnitTree tree,
			List<DayEntry> candidates) {
		for (DayEntry existing : candidates) {
			if (existing.getDay().equals(date) && existing.getKind() == values.kind()
					&& !Objects.equals(existing.getId(), self)
					&& DayRules.overlap(existing.getUnitIds(), values.unitIds(), tree)) {
				throw new RuleViolationException("date", "calendar.day.duplicate", date, existing.getName());
			}
		}
	}

	private static List<LocalDate> dates(DayInput input) {
		if (input.until() == null) {
			return List.of(input.date());
		}
		List<LocalDate> dates = new ArrayList<>();
		for (LocalDate date = input.date(); !date.isAfter(input.until()); date = date.plusDays(1)) {
			if (input.kind() != DayKind.REMOTE_WORK || date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				dates.add(date);
			}
		}
		if (dates.isEmpty()) {
			throw new RuleViolationException("until", "calendar.day.run.empty");
		}
		return dates;
	}

	private DayEntry load(long id) {
		return this.days.findById(id).orElseThrow(() -> new NotFoundException("calendar.day.notFound", id));
	}

	private static DayEntry.DayValues valuesOf(DayEntry entry) {
		return new DayEntry.DayValues(entry.getKind(), entry.getName(), entry.getNameEn(), entry.getInstrument(),
				entry.getInstrumentDate(), entry.getSource(), Set.copyOf(entry.getUnitIds()));
	}

	private static String subject(List<LocalDate> dates) {
		return (dates.size() == 1) ? dates.get(0).toString() : dates.get(0) + ".." + dates.get(dates.size() - 1);
	}

	static String describe(DayEntry.DayValues values, UnitTree tree) {
		List<String> codes = values.unitIds()
			.stream()
			.map((id) -> tree.byId(id).map(UnitView::code).orElse("#" + id))
			.sorted()
			.toList();
		return values.kind() + " \"" + values.name() + "\"" + (codes.isEmpty() ? " all units" : " units " + codes)
				+ ((values.instrument() != null) ? ", " + values.instrument() : "")
				+ ((values.instrumentDate() != null) ? " (" + values.instrumentDate() + ")" : "");
	}

}
