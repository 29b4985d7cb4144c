package id.siapel.report;

import java.time.LocalDate;
import java.util.Map;

import id.siapel.discipline.cases.CaseStatus;

/**
 * The Sekda's figures of the day, each the count of a page behind it: today's roll-call
 * compliance (the compliance board), the flags waiting for review, the cases by state and
 * this year's sanctions by level.
 *
 * @param today the day (the Pemda's zone)
 * @param morning the OPDs that reported today's apel pagi
 * @param evening the OPDs that reported today's apel sore
 * @param openFlags flags not yet reviewed
 * @param cases cases per state, every state in the order of the procedure
 * @param year the year of the sanctions
 * @param sanctions decided sanctions of the year by level ({@code LIGHT},
 * {@code MODERATE}, {@code SEVERE})
 */
public record OverviewView(LocalDate today, Compliance morning, Compliance evening, long openFlags,
		Map<CaseStatus, Long> cases, int year, Map<String, Long> sanctions) {

	/** Every sanction of the year, all levels. */
	public long sanctionTotal() {
		return this.sanctions.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * One apel of the day across the OPDs.
	 *
	 * @param due OPDs whose apel is due today (staffed, working, apel required)
	 * @param reported of those, OPDs that submitted a sheet (complete or partial) or
	 * recorded that the apel did not take place
	 */
	public record Compliance(int due, int reported) {

		/** Percent reported, rounded down; {@code null} when no apel is due. */
		public Integer percent() {
			return (this.due == 0) ? null : (int) (100L * this.reported / this.due);
		}

	}

}
