package id.siapel.report.recap;

import java.util.List;

/**
 * One page of a recap.
 *
 * @param criteria what was asked
 * @param rows the rows of the page
 * @param total rows in all pages
 * @param size page size
 * @param minutesPerDay minutes that make one day (discipline rules in force at the end)
 */
public record RecapPage(RecapCriteria criteria, List<RecapLine> rows, long total, int size, int minutesPerDay) {

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

}
