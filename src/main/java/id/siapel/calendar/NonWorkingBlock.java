package id.siapel.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A maximal run of consecutive non-working days of a unit.
 *
 * @param first its first day
 * @param last its last day
 * @param containsHoliday whether a NATIONAL_HOLIDAY, COLLECTIVE_LEAVE or REGIONAL_HOLIDAY
 * applying to the unit lies in it (a plain weekend does not)
 * @param names the names of those holidays, in date order, each once
 */
public record NonWorkingBlock(LocalDate first, LocalDate last, boolean containsHoliday, List<String> names) {

	public NonWorkingBlock {
		names = List.copyOf(names);
	}

	/** Number of days in the block. */
	public int length() {
		return (int) ChronoUnit.DAYS.between(this.first, this.last) + 1;
	}

}
