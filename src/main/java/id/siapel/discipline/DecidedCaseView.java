package id.siapel.discipline;

import java.time.LocalDate;

import id.siapel.discipline.rules.SanctionDuration;

/**
 * A decided sanction case as printed documents show it (the Sekda's sanction list, the
 * statement of no sanction): the employee as the decree names him, the violation, the
 * sanction and the decree.
 *
 * @param id case id
 * @param nip NIP
 * @param name name with titles
 * @param rank golongan, or {@code null}
 * @param position position
 * @param unitCode unit code
 * @param unitName unit (and OPD) name
 * @param year year of the violation
 * @param violation what was violated
 * @param article the article violated, or {@code null}
 * @param level {@code LIGHT}, {@code MODERATE} or {@code SEVERE}
 * @param sanction sanction code
 * @param sanctionLabel sanction as the decree says it
 * @param legalBasis the article of the sanction
 * @param decreeNumber decree number
 * @param decreeDate decree date
 * @param authority the official who decided
 * @param effectiveFrom first day
 * @param effectiveTo last day, or {@code null} for no end
 * @param status {@code DECIDED}, {@code DELIVERED} or {@code COMPLETED}
 * @param superseded whether a heavier decree replaced it
 * @param supersededDecree the decree it replaced, or {@code null}
 * @param supersededFrom the day the heavier decree that replaced it takes effect, or
 * {@code null}
 */
public record DecidedCaseView(long id, String nip, String name, String rank, String position, String unitCode,
		String unitName, int year, String violation, String article, String level, String sanction,
		String sanctionLabel, String legalBasis, String decreeNumber, LocalDate decreeDate, String authority,
		LocalDate effectiveFrom, LocalDate effectiveTo, String status, boolean superseded, String supersededDecree,
		LocalDate supersededFrom) {

	/**
	 * Whether the sanction runs on that day. A decree replaced by a heavier one stays in
	 * force until the day before the heavier one takes effect.
	 */
	public boolean inForceOn(LocalDate day) {
		LocalDate end = lastDay();
		return !this.effectiveFrom.isAfter(day) && (end == null || !end.isBefore(day))
				&& (!this.superseded || end != null);
	}

	/**
	 * Whether the sanction is decided but starts after that day (and is not replaced
	 * before it starts).
	 */
	public boolean startsAfter(LocalDate day) {
		LocalDate end = lastDay();
		return this.effectiveFrom.isAfter(day) && (end == null || !end.isBefore(this.effectiveFrom))
				&& (!this.superseded || end != null);
	}

	/**
	 * The last day the sanction runs: its own end, or the day before the heavier decree
	 * that replaced it takes effect; {@code null} for no end (or, for a replaced decree
	 * whose successor's start is unknown, see {@link #inForceOn}).
	 */
	private LocalDate lastDay() {
		LocalDate end = this.effectiveTo;
		int months = SanctionDuration.months(this.sanction);
		if (end == null && months > 0) {
			// Decided before the end was derived from the code (a PPPK's postponed
			// increment): the sanction's own duration.
			end = this.effectiveFrom.plusMonths(months).minusDays(1);
		}
		if (this.superseded && this.supersededFrom != null) {
			LocalDate before = this.supersededFrom.minusDays(1);
			if (end == null || before.isBefore(end)) {
				end = before;
			}
		}
		return end;
	}

}
