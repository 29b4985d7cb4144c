package id.siapel.report.recap;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import id.siapel.employee.EmploymentType;
import id.siapel.organization.UnitView;

/**
 * A checked recap request.
 *
 * @param level OPD or employee rows
 * @param from first day
 * @param to last day (at most {@link Recaps#MAX_DAYS} days after from)
 * @param unit the unit filter with its sub-units, or {@code null} for the reader's whole
 * scope
 * @param type the employment type filter, or {@code null}
 * @param sort the sort column
 * @param descending sort direction
 * @param page page number (0-based)
 */
public record RecapCriteria(RecapLevel level, LocalDate from, LocalDate to, UnitView unit, EmploymentType type,
		RecapColumn sort, boolean descending, int page) {

	public String unitCode() {
		return (this.unit != null) ? this.unit.code() : null;
	}

	public String dir() {
		return this.descending ? "desc" : "asc";
	}

	/**
	 * The months the range touches, first to last: the monthly recap PDF is one per
	 * month, so a range of several months offers one per month.
	 */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		YearMonth last = YearMonth.from(this.to);
		for (YearMonth month = YearMonth.from(this.from); !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** The same filter at another level (drill-down), sorted as that level's default. */
	RecapCriteria at(RecapLevel other, UnitView otherUnit) {
		return new RecapCriteria(other, this.from, this.to, otherUnit, this.type, Recaps.defaultSort(other),
				Recaps.defaultDescending(other), 0);
	}

}
