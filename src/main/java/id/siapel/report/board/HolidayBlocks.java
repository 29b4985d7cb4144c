package id.siapel.report.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.siapel.calendar.HolidayAdjacency;
import id.siapel.calendar.NonWorkingBlock;
import id.siapel.calendar.UnitCalendar;

/**
 * The holiday blocks of a year as the Pemda-wide calendar (five-day week, days for every
 * unit) has them, and the working days to compare them with. Plain Java.
 */
final class HolidayBlocks {

	private HolidayBlocks() {
	}

	/**
	 * The blocks of non-working days containing a national holiday, cuti bersama or
	 * regional holiday whose first such day lies in the year, in date order.
	 */
	static List<Block> inYear(UnitCalendar general, int year) {
		List<Block> blocks = new ArrayList<>();
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate date = LocalDate.of(year, 1, 1);
		while (!date.isAfter(end)) {
			var block = general.blockContaining(date);
			if (block.isEmpty()) {
				date = date.plusDays(1);
				continue;
			}
			NonWorkingBlock found = block.get();
			if (found.containsHoliday()) {
				LocalDate firstOff = firstDayOff(general, found);
				if (firstOff.getYear() == year) {
					blocks.add(new Block(found, firstOff, general.nextWorkingDay(found.last())));
				}
			}
			date = found.last().plusDays(1);
		}
		return blocks;
	}

	private static LocalDate firstDayOff(UnitCalendar general, NonWorkingBlock block) {
		for (LocalDate day = block.first(); !day.isAfter(block.last()); day = day.plusDays(1)) {
			if (general.isDayOff(day)) {
				return day;
			}
		}
		return block.first();
	}

	/**
	 * The first working day of a unit after the block: its first working day after the
	 * block's first holiday (a six-day unit may be back on a Saturday inside the
	 * Pemda-wide block; a regional holiday of the unit may make it later).
	 */
	static LocalDate firstWorkingDayAfter(UnitCalendar unit, Block block) {
		return unit.nextWorkingDay(block.firstDayOff());
	}

	/**
	 * Ordinary days to compare a day with: the same weekday one and two weeks before and
	 * after, when that is an ordinary working day (not next to a holiday block, not a
	 * bridge day) and not after {@code today}.
	 */
	static List<LocalDate> ordinaryDaysAround(UnitCalendar general, LocalDate day, LocalDate today) {
		List<LocalDate> days = new ArrayList<>();
		for (int weeks : new int[] { -2, -1, 1, 2 }) {
			LocalDate candidate = day.plusWeeks(weeks);
			if (!candidate.isAfter(today) && isOrdinary(general, candidate)) {
				days.add(candidate);
			}
		}
		return days;
	}

	static boolean isOrdinary(UnitCalendar calendar, LocalDate day) {
		if (!calendar.isApelDay(day)) {
			return false;
		}
		HolidayAdjacency adjacency = calendar.adjacency(day);
		return !adjacency.firstAfterHoliday() && !adjacency.lastBeforeHoliday() && !adjacency.bridgeDay();
	}

	/**
	 * A holiday block.
	 *
	 * @param block its days
	 * @param firstDayOff its first holiday or cuti bersama
	 * @param firstWorkingDay the Pemda-wide first working day after it
	 */
	record Block(NonWorkingBlock block, LocalDate firstDayOff, LocalDate firstWorkingDay) {

		public LocalDate first() {
			return this.block.first();
		}

		public LocalDate last() {
			return this.block.last();
		}

		public int length() {
			return this.block.length();
		}

		public String names() {
			return String.join(", ", this.block.names());
		}

	}

}
