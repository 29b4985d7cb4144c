package id.siapel.discipline;

import java.time.LocalDate;

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
 */
public record DecidedCaseView(long id, String nip, String name, String rank, String position, String unitCode,
		String unitName, int year, String violation, String article, String level, String sanction,
		String sanctionLabel, String legalBasis, String decreeNumber, LocalDate decreeDate, String authority,
		LocalDate effectiveFrom, LocalDate effectiveTo, String status, boolean superseded, String supersededDecree) {

	/** Whether the sanction runs on that day. */
	public boolean inForceOn(LocalDate day) {
		return !this.superseded && !this.effectiveFrom.isAfter(day)
				&& (this.effectiveTo == null || !this.effectiveTo.isBefore(day));
	}

}
