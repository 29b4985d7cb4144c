package id.siapel.report.recap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import id.siapel.calendar.UnitCalendar;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.employee.EmploymentType;
import id.siapel.organization.UnitScope;
import id.siapel.organization.UnitScopes;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recaps by OPD and by employee for a date range, within the reader's unit scope: HR,
 * SECRETARY and ADMIN see every unit, a UNIT_HEAD his unit and the units below it (a unit
 * outside it is refused with 403, and the regency-wide recap shows only his own).
 */
@Service
@RequiredArgsConstructor
class Recaps {

	/** The longest range: a leap year. */
	static final int MAX_DAYS = 366;

	static final int PAGE_SIZE = 50;

	private final Units units;

	private final UnitScopes scopes;

	private final WorkCalendars calendars;

	private final RecapStore store;

	private final Clock clock;

	static RecapColumn defaultSort(RecapLevel level) {
		return (level == RecapLevel.OPD) ? RecapColumn.NAME : RecapColumn.TOTAL;
	}

	static boolean defaultDescending(RecapLevel level) {
		return level == RecapLevel.EMPLOYEE;
	}

	/**
	 * Checks the filter: the default range is the current month; every problem is named
	 * after its input (422 or a form error); a unit outside the scope is a 403.
	 */
	@Transactional(readOnly = true)
	RecapCriteria criteria(RecapForm form, RecapLevel level) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = (form.getFrom() != null) ? form.getFrom() : today.withDayOfMonth(1);
		LocalDate to = (form.getTo() != null) ? form.getTo() : from.withDayOfMonth(from.lengthOfMonth());
		List<Problem> problems = new ArrayList<>();
		if (to.isBefore(from)) {
			problems.add(new Problem("to", "recap.range.reversed"));
		}
		else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
			problems.add(new Problem("to", "recap.range.tooLong", MAX_DAYS));
		}
		if (from.getYear() < 2000 || to.getYear() > 2100) {
			problems.add(new Problem("from", "recap.range.year"));
		}
		UnitView unit = null;
		if (form.getUnit() != null && !form.getUnit().isBlank()) {
			unit = this.units.find(form.getUnit()).orElse(null);
			if (unit == null) {
				problems.add(new Problem("unit", "recap.unit.unknown", form.getUnit()));
			}
		}
		EmploymentType type = null;
		if (form.getType() != null && !form.getType().isBlank()) {
			type = parse(EmploymentType.class, form.getType());
			if (type == null) {
				problems.add(new Problem("type", "recap.type.unknown"));
			}
		}
		RecapColumn sort = defaultSort(level);
		if (form.getSort() != null && !form.getSort().isBlank()) {
			sort = parse(RecapColumn.class, form.getSort());
			if (sort == null || !sort.appliesTo(level)) {
				problems.add(new Problem("sort", "recap.sort.unknown"));
				sort = defaultSort(level);
			}
		}
		boolean descending = defaultDescending(level);
		if (form.getDir() != null && !form.getDir().isBlank()) {
			if (!form.getDir().equals("asc") && !form.getDir().equals("desc")) {
				problems.add(new Problem("dir", "recap.sort.unknown"));
			}
			descending = form.getDir().equals("desc");
		}
		int page = (form.getPage() != null) ? form.getPage() : 0;
		if (page < 0) {
			problems.add(new Problem("page", "paging.page.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		UnitScope scope = this.scopes.current();
		if (unit != null) {
			scope.require(unit.id());
		}
		else if (!scope.all() && scope.unitIds().isEmpty()) {
			throw new AccessDeniedException("No unit in the reader's scope");
		}
		return new RecapCriteria(level, from, to, unit, type, sort, descending, page);
	}

	/** The current month with the default sort: what the page shows before any filter. */
	RecapCriteria fallback(RecapLevel level) {
		LocalDate today = LocalDate.now(this.clock);
		return new RecapCriteria(level, today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()), null,
				null, defaultSort(level), defaultDescending(level), 0);
	}

	@Transactional(readOnly = true)
	RecapPage page(RecapCriteria criteria) {
		RecapQuery query = prepare(criteria);
		RecapStore.Slice slice = this.store.page(query, PAGE_SIZE, (long) criteria.page() * PAGE_SIZE);
		return new RecapPage(criteria, slice.rows(), slice.total(), PAGE_SIZE, query.minutesPerDay());
	}

	/**
	 * Every row of the recap, one at a time, as the database streams them: an export of
	 * 15,000 employees never holds them in a list.
	 */
	@Transactional(readOnly = true)
	int stream(RecapCriteria criteria, Consumer<RecapLine> sink) {
		RecapQuery query = prepare(criteria);
		this.store.stream(query, sink);
		return query.minutesPerDay();
	}

	private RecapQuery prepare(RecapCriteria criteria) {
		UnitTree tree = this.units.tree();
		UnitScope scope = this.scopes.current();
		Set<Long> unitIds = new LinkedHashSet<>();
		if (criteria.unit() != null) {
			scope.require(criteria.unit().id());
			unitIds.addAll(tree.subtreeIds(criteria.unit().id()));
		}
		else if (scope.all()) {
			tree.root().ifPresent((root) -> unitIds.addAll(tree.subtreeIds(root.id())));
		}
		else {
			unitIds.addAll(scope.unitIds());
		}
		if (!scope.all()) {
			unitIds.retainAll(scope.unitIds());
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate countUntil = criteria.to().isAfter(today) ? today : criteria.to();
		WorkCalendar calendar = this.calendars.current();
		int days = (int) ChronoUnit.DAYS.between(criteria.from(), criteria.to()) + 1;
		List<Long> ids = new ArrayList<>(unitIds);
		List<Long> opdOfUnit = new ArrayList<>();
		List<String> masks = new ArrayList<>();
		Set<Long> opds = new LinkedHashSet<>();
		for (Long id : ids) {
			long opd = tree.opdOf(id).map(UnitView::id).orElse(id);
			opdOfUnit.add(opd);
			opds.add(opd);
			masks.add(mask(calendar.forUnit(id), criteria.from(), days, countUntil));
		}
		List<Long> opdIds = new ArrayList<>(opds);
		List<Integer> opdWorkingDays = opdIds.stream()
			.map((id) -> calendar.forUnit(id).countWorkingDays(criteria.from(), countUntil))
			.toList();
		int perDay = this.store.minutesPerDay(countUntil.isBefore(criteria.from()) ? criteria.from() : countUntil);
		// Every unit: the whole tree, neither a unit filter nor a narrower scope.
		boolean allUnits = criteria.unit() == null && scope.all();
		return new RecapQuery(criteria, ids, opdOfUnit, masks, opdIds, opdWorkingDays, perDay,
				RecapQuery.Split.of(criteria.from(), criteria.to()), allUnits);
	}

	/**
	 * One character per day of the range: 1 for a working day of the unit up to today.
	 */
	static String mask(UnitCalendar calendar, LocalDate from, int days, LocalDate until) {
		char[] mask = new char[days];
		LocalDate day = from;
		for (int i = 0; i < days; i++, day = day.plusDays(1)) {
			mask[i] = (!day.isAfter(until) && calendar.isWorkingDay(day)) ? '1' : '0';
		}
		return new String(mask);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
