package id.siapel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.WorkPattern;

/**
 * The whole work calendar at one moment, in memory: the units with their work patterns,
 * every typed day, the monitoring periods and the working hours. Immutable and plain Java
 * (no Spring, no JPA), so it is safe to share between threads and to keep for a whole
 * report.
 * <p>
 * Each unit's view ({@link #forUnit}) is built the first time it is asked for and kept:
 * bit sets of its working days, days off and dispensation days over the years the typed
 * days cover, so that a lookup is a bit test and never a query nor a scan of the typed
 * days.
 */
public final class WorkCalendar {

	static final Comparator<SpecialDay> ORDER = Comparator.comparing(SpecialDay::date)
		.thenComparing(SpecialDay::kind)
		.thenComparing(SpecialDay::name)
		.thenComparingLong(SpecialDay::id);

	private final UnitTree units;

	private final List<SpecialDay> days;

	private final Map<LocalDate, List<SpecialDay>> daysByDate = new HashMap<>();

	/** First day of the range the bit sets cover; outside it no typed day exists. */
	private final LocalDate rangeStart;

	private final long rangeStartEpochDay;

	private final int rangeLength;

	private final BitSet allUnitsOff = new BitSet();

	private final BitSet allUnitsRemote = new BitSet();

	private final List<SpecialDay> restricted = new ArrayList<>();

	private final Map<WorkPattern, BitSet> patternDays = new EnumMap<>(WorkPattern.class);

	private final List<MonitoringPeriodView> periods;

	private final WorkSchedule schedule;

	private final ConcurrentMap<Long, UnitCalendar> unitCalendars = new ConcurrentHashMap<>();

	private final UnitCalendar general;

	/**
	 * @param units the unit tree (ids, parents, work patterns)
	 * @param days every typed day
	 * @param periods every monitoring period
	 * @param schedule the working hours
	 */
	public WorkCalendar(UnitTree units, Collection<SpecialDay> days, Collection<MonitoringPeriodView> periods,
			WorkSchedule schedule) {
		this.units = units;
		this.days = days.stream().sorted(ORDER).toList();
		this.periods = periods.stream()
			.sorted(Comparator.comparing(MonitoringPeriodView::startDate).thenComparing(MonitoringPeriodView::name))
			.toList();
		this.schedule = schedule;
		int firstYear = this.days.isEmpty() ? 2000 : this.days.get(0).date().getYear() - 1;
		int lastYear = this.days.isEmpty() ? 2000 : this.days.get(this.days.size() - 1).date().getYear() + 1;
		if (lastYear - firstYear > 250) {
			throw new IllegalArgumentException("Typed days span more than 250 years: " + firstYear + "-" + lastYear);
		}
		this.rangeStart = LocalDate.of(firstYear, 1, 1);
		this.rangeStartEpochDay = this.rangeStart.toEpochDay();
		this.rangeLength = (int) ChronoUnit.DAYS.between(this.rangeStart, LocalDate.of(lastYear + 1, 1, 1));
		for (SpecialDay day : this.days) {
			this.daysByDate.computeIfAbsent(day.date(), (date) -> new ArrayList<>()).add(day);
			if (day.forAllUnits()) {
				(day.kind().isDayOff() ? this.allUnitsOff : this.allUnitsRemote).set(index(day.date()));
			}
			else {
				this.restricted.add(day);
			}
		}
		for (WorkPattern pattern : WorkPattern.values()) {
			BitSet bits = new BitSet(this.rangeLength);
			LocalDate date = this.rangeStart;
			for (int i = 0; i < this.rangeLength; i++, date = date.plusDays(1)) {
				if (isPatternDay(pattern, date.getDayOfWeek())) {
					bits.set(i);
				}
			}
			this.patternDays.put(pattern, bits);
		}
		Set<Long> rootOnly = units.root().map((root) -> Set.of(root.id())).orElse(Set.of());
		this.general = build(0, WorkPattern.FIVE_DAY, rootOnly);
	}

	/**
	 * One unit's view: its work pattern and the typed days that apply to it (those for
	 * all units and those restricted to it or to a unit above it).
	 * @throws IllegalArgumentException for a unit that is not in the tree
	 */
	public UnitCalendar forUnit(long unitId) {
		UnitCalendar calendar = this.unitCalendars.get(unitId);
		if (calendar != null) {
			return calendar;
		}
		UnitView unit = this.units.byId(unitId)
			.orElseThrow(() -> new IllegalArgumentException("Unknown unit " + unitId));
		Set<Long> path = new java.util.HashSet<>();
		this.units.path(unitId).forEach((node) -> path.add(node.id()));
		return this.unitCalendars.computeIfAbsent(unitId, (id) -> build(id, unit.workPattern(), path));
	}

	/**
	 * The highest units below a unit that work on the date: a unit below it that works
	 * and has no working unit between itself and it (the six-day Puskesmas of a five-day
	 * Dinas on a Saturday). Each of them holds its own roll call that day, whether the
	 * unit itself works or not. In tree order; empty when no unit below it works.
	 */
	public List<UnitView> workingSubUnits(long unitId, LocalDate date) {
		List<UnitView> found = new ArrayList<>();
		collectWorking(unitId, date, found);
		return found;
	}

	private void collectWorking(long unitId, LocalDate date, List<UnitView> found) {
		for (UnitView child : this.units.children(unitId)) {
			if (forUnit(child.id()).isWorkingDay(date)) {
				found.add(child);
			}
			else {
				collectWorking(child.id(), date, found);
			}
		}
	}

	/**
	 * Whether the unit or any unit below it works on the date (its roll calls are due
	 * that day, on its own sheet or on its sub-units' sheets).
	 */
	public boolean worksWithin(long unitId, LocalDate date) {
		return forUnit(unitId).isWorkingDay(date) || !workingSubUnits(unitId, date).isEmpty();
	}

	/**
	 * The Pemda-wide view without a unit: a five-day week and the days that apply to
	 * every unit. Its {@link UnitCalendar#unitId()} is 0.
	 */
	public UnitCalendar general() {
		return this.general;
	}

	/** The monitoring periods covering the date. */
	public List<MonitoringPeriodView> monitoringPeriodsOn(LocalDate date) {
		return this.periods.stream().filter((period) -> period.covers(date)).toList();
	}

	/** The monitoring periods that share at least one day with the range. */
	public List<MonitoringPeriodView> monitoringPeriods(LocalDate from, LocalDate toInclusive) {
		return this.periods.stream().filter((period) -> period.overlaps(from, toInclusive)).toList();
	}

	/** Pemda-wide hours for that date (Ramadan override applied). */
	public WorkingHours hoursOn(LocalDate date) {
		return this.schedule.hoursOn(date);
	}

	/** Apel times and sheet cut-offs for that date. */
	public ApelTimes apelTimesOn(LocalDate date) {
		return this.schedule.apelTimesOn(date);
	}

	public WorkSchedule schedule() {
		return this.schedule;
	}

	public UnitTree units() {
		return this.units;
	}

	/** Every typed day in the range, whichever units it applies to, in date order. */
	public List<SpecialDay> specialDays(LocalDate from, LocalDate toInclusive) {
		List<SpecialDay> found = new ArrayList<>();
		for (SpecialDay day : this.days) {
			if (!day.date().isBefore(from) && !day.date().isAfter(toInclusive)) {
				found.add(day);
			}
		}
		return found;
	}

	List<SpecialDay> daysOn(LocalDate date) {
		return this.daysByDate.getOrDefault(date, List.of());
	}

	/** Position of the date in the bit sets, or -1 outside the covered range. */
	int index(LocalDate date) {
		long offset = date.toEpochDay() - this.rangeStartEpochDay;
		return (offset >= 0 && offset < this.rangeLength) ? (int) offset : -1;
	}

	static boolean isPatternDay(WorkPattern pattern, DayOfWeek day) {
		return switch (day) {
			case SUNDAY -> false;
			case SATURDAY -> pattern == WorkPattern.SIX_DAY;
			default -> true;
		};
	}

	private UnitCalendar build(long unitId, WorkPattern pattern, Set<Long> path) {
		BitSet off = (BitSet) this.allUnitsOff.clone();
		BitSet remote = (BitSet) this.allUnitsRemote.clone();
		for (SpecialDay day : this.restricted) {
			if (applies(day, path)) {
				(day.kind().isDayOff() ? off : remote).set(index(day.date()));
			}
		}
		BitSet working = (BitSet) this.patternDays.get(pattern).clone();
		working.andNot(off);
		return new UnitCalendar(this, unitId, pattern, path, working, off, remote);
	}

	static boolean applies(SpecialDay day, Set<Long> path) {
		if (day.forAllUnits()) {
			return true;
		}
		for (Long unitId : day.unitIds()) {
			if (path.contains(unitId)) {
				return true;
			}
		}
		return false;
	}

}
