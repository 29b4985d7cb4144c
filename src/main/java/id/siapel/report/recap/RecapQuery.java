package id.siapel.report.recap;

import java.time.LocalDate;
import java.util.List;

/**
 * A recap request with everything its query needs, prepared in the reader's request: the
 * units in scope and filter, each with its OPD and its working-day mask, the OPDs with
 * their working days, how the range splits into whole months and loose days, and whether
 * the units are every unit of the regency (the recap reads whole years of discipline from
 * the employees' years then).
 */
record RecapQuery(RecapCriteria criteria, List<Long> unitIds, List<Long> opdOfUnit, List<String> masks,
		List<Long> opdIds, List<Integer> opdWorkingDays, int minutesPerDay, Split split, boolean allUnits) {

	/**
	 * The whole months of a range (read from the monthly counts) and the days before and
	 * after them (read from the records); an empty part has its start after its end.
	 */
	record Split(LocalDate monthFrom, LocalDate monthTo, LocalDate headFrom, LocalDate headTo, LocalDate tailFrom,
			LocalDate tailTo) {

		static Split of(LocalDate from, LocalDate to) {
			LocalDate firstWhole = (from.getDayOfMonth() == 1) ? from : from.withDayOfMonth(1).plusMonths(1);
			LocalDate lastWholeEnd = (to.getDayOfMonth() == to.lengthOfMonth()) ? to
					: to.withDayOfMonth(1).minusDays(1);
			if (firstWhole.isAfter(lastWholeEnd)) {
				return new Split(LocalDate.of(2, 1, 1), LocalDate.of(1, 1, 1), from, to, to.plusDays(1), to);
			}
			return new Split(firstWhole, lastWholeEnd.withDayOfMonth(1), from, firstWhole.minusDays(1),
					lastWholeEnd.plusDays(1), to);
		}

	}

}
