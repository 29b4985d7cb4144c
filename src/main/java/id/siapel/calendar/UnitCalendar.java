package id.siapel.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.siapel.organization.WorkPattern;

/**
 * One unit's view of the calendar: its work pattern and the typed days that apply to it.
 * Plain Java and immutable; every answer comes from bit sets prepared once per unit.
 */
public final class UnitCalendar {

	/** How far the working-day searches go before giving up (about a year). */
	static final int MAX_SEARCH_DAYS = 370;

	private final WorkCalendar calendar;

	private final long unitId;

	private final WorkPattern workPattern;

	/** The unit and its ancestors: a restricted day applies when it names one of them. */
	private final Set<Long> path;

	private final BitSet working;

	private final BitSet dayOff;

	private final BitSet remote;

	UnitCalendar(WorkCalendar calendar, long unitId, WorkPattern workPattern, Set<Long> path, BitSet working,
			BitSet dayOff, BitSet remote) {
		this.calendar = calendar;
		this.unitId = unitId;
		this.workPattern = workPattern;
		this.path = Set.copyOf(path);
		this.working = working;
		this.dayOff = dayOff;
		this.remote = remote;
	}

	/** The unit, or 0 for {@link WorkCalendar#general()}. */
	public long unitId() {
		return this.unitId;
	}

	public WorkPattern workPattern() {
		return this.workPattern;
	}

	public CalendarDay day(LocalDate date) {
		List<DayKind> kinds = new ArrayList<>(2);
		Set<String> names = new LinkedHashSet<>();
		for (SpecialDay day : specialDaysOn(date)) {
			if (!kinds.contains(day.kind())) {
				kinds.add(day.kind());
			}
			names.add(day.name());
		}
		boolean isWorking = isWorkingDay(date);
		return new CalendarDay(date, isWorking, isWorking && !isRemote(date), kinds, List.copyOf(names));
	}

	/** The typed days on that date that apply to the unit. */
	public List<SpecialDay> specialDaysOn(LocalDate date) {
		List<SpecialDay> all = this.calendar.daysOn(date);
		if (all.isEmpty()) {
			return List.of();
		}
		List<SpecialDay> applying = new ArrayList<>(all.size());
		for (SpecialDay day : all) {
			if (WorkCalendar.applies(day, this.path)) {
				applying.add(day);
			}
		}
		return applying;
	}

	/**
	 * A weekday of the unit's pattern with no NATIONAL_HOLIDAY, COLLECTIVE_LEAVE or
	 * REGIONAL_HOLIDAY applying to the unit.
	 */
	public boolean isWorkingDay(LocalDate date) {
		int index = this.calendar.index(date);
		return (index >= 0) ? this.working.get(index)
				: WorkCalendar.isPatternDay(this.workPattern, date.getDayOfWeek());
	}

	/** A working day without a REMOTE_WORK dispensation applying to the unit. */
	public boolean isApelDay(LocalDate date) {
		return isWorkingDay(date) && !isRemote(date);
	}

	/**
	 * The working days from {@code from} to {@code toInclusive}; empty if to is before
	 * from.
	 */
	public List<LocalDate> workingDays(LocalDate from, LocalDate toInclusive) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(toInclusive); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				days.add(date);
			}
		}
		return days;
	}

	public int countWorkingDays(LocalDate from, LocalDate toInclusive) {
		if (toInclusive.isBefore(from)) {
			return 0;
		}
		int start = this.calendar.index(from);
		int end = this.calendar.index(toInclusive);
		if (start >= 0 && end >= 0) {
			int count = 0;
			for (int i = this.working.nextSetBit(start); i >= 0 && i <= end; i = this.working.nextSetBit(i + 1)) {
				count++;
			}
			return count;
		}
		int count = 0;
		for (LocalDate date = from; !date.isAfter(toInclusive); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The last working day strictly before the date.
	 * @throws IllegalStateException when there is none within about a year
	 */
	public LocalDate previousWorkingDay(LocalDate date) {
		LocalDate candidate = date.minusDays(1);
		for (int n = 0; n < MAX_SEARCH_DAYS; n++, candidate = candidate.minusDays(1)) {
			if (isWorkingDay(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No working day within a year before " + date + " for unit " + this.unitId);
	}

	/**
	 * The first working day strictly after the date.
	 * @throws IllegalStateException when there is none within about a year
	 */
	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate candidate = date.plusDays(1);
		for (int n = 0; n < MAX_SEARCH_DAYS; n++, candidate = candidate.plusDays(1)) {
			if (isWorkingDay(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No working day within a year after " + date + " for unit " + this.unitId);
	}

	/**
	 * The maximal run of consecutive non-working days containing {@code date} (a
	 * non-working day), else empty. A run longer than a year on either side is cut there.
	 */
	public Optional<NonWorkingBlock> blockContaining(LocalDate date) {
		if (isWorkingDay(date)) {
			return Optional.empty();
		}
		LocalDate first = date;
		for (int n = 0; n < MAX_SEARCH_DAYS && !isWorkingDay(first.minusDays(1)); n++) {
			first = first.minusDays(1);
		}
		LocalDate last = date;
		for (int n = 0; n < MAX_SEARCH_DAYS && !isWorkingDay(last.plusDays(1)); n++) {
			last = last.plusDays(1);
		}
		boolean holiday = false;
		Set<String> names = new LinkedHashSet<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (isDayOff(day)) {
				holiday = true;
				for (SpecialDay special : specialDaysOn(day)) {
					if (special.kind().isDayOff()) {
						names.add(special.name());
					}
				}
			}
		}
		return Optional.of(new NonWorkingBlock(first, last, holiday, List.copyOf(names)));
	}

	/**
	 * For a working day: the block that ends the day before it, if any (empty for a
	 * non-working day).
	 */
	public Optional<NonWorkingBlock> blockBefore(LocalDate workingDay) {
		return isWorkingDay(workingDay) ? blockContaining(workingDay.minusDays(1)) : Optional.empty();
	}

	/**
	 * For a working day: the block that starts the day after it, if any (empty for a
	 * non-working day).
	 */
	public Optional<NonWorkingBlock> blockAfter(LocalDate workingDay) {
		return isWorkingDay(workingDay) ? blockContaining(workingDay.plusDays(1)) : Optional.empty();
	}

	/**
	 * For a working day: what the flags need (product.md "Flags"). A non-working day gets
	 * all false.
	 */
	public HolidayAdjacency adjacency(LocalDate workingDay) {
		if (!isWorkingDay(workingDay)) {
			return HolidayAdjacency.NONE;
		}
		Optional<NonWorkingBlock> before = blockContaining(workingDay.minusDays(1));
		Optional<NonWorkingBlock> after = blockContaining(workingDay.plusDays(1));
		boolean firstAfter = before.map(NonWorkingBlock::containsHoliday).orElse(false);
		boolean lastBefore = after.map(NonWorkingBlock::containsHoliday).orElse(false);
		boolean bridge = before.isPresent() && after.isPresent() && (firstAfter || lastBefore);
		return new HolidayAdjacency(firstAfter, before, lastBefore, after, bridge);
	}

	/**
	 * Whether a NATIONAL_HOLIDAY, COLLECTIVE_LEAVE or REGIONAL_HOLIDAY applies to the
	 * unit on the date.
	 */
	public boolean isDayOff(LocalDate date) {
		int index = this.calendar.index(date);
		return index >= 0 && this.dayOff.get(index);
	}

	/** Whether a REMOTE_WORK dispensation applies to the unit on the date. */
	public boolean isRemote(LocalDate date) {
		int index = this.calendar.index(date);
		return index >= 0 && this.remote.get(index);
	}

}
