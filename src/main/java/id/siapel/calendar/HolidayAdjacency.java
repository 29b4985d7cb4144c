package id.siapel.calendar;

import java.util.Optional;

/**
 * What the flags need to know about a working day (product.md, "Flags").
 *
 * @param firstAfterHoliday the block of non-working days that ends the day before
 * contains a holiday (e.g. Wed 26 Apr 2023, Tue 8 Apr 2025 after Lebaran)
 * @param blockBefore the block that ends the day before, if the day before is not a
 * working day
 * @param lastBeforeHoliday the block that starts the day after contains a holiday (e.g.
 * Thu 27 Mar 2025)
 * @param blockAfter the block that starts the day after, if any
 * @param bridgeDay hari kejepit: the day before and the day after are both non-working
 * days, and at least one of the two blocks contains a holiday (e.g. Fri 19 May 2023)
 */
public record HolidayAdjacency(boolean firstAfterHoliday, Optional<NonWorkingBlock> blockBefore,
		boolean lastBeforeHoliday, Optional<NonWorkingBlock> blockAfter, boolean bridgeDay) {

	static final HolidayAdjacency NONE = new HolidayAdjacency(false, Optional.empty(), false, Optional.empty(), false);

}
