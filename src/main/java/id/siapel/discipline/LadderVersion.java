package id.siapel.discipline;

import java.time.LocalDate;
import java.util.List;

import id.siapel.discipline.CountingVersion.VersionState;
import id.siapel.discipline.rules.LadderStep;
import id.siapel.employee.EmploymentType;

/**
 * One version of a sanction ladder as the settings page shows it.
 *
 * @param id its id
 * @param code PNS, PPPK or NON_ASN
 * @param name its name
 * @param types the employment types it applies to
 * @param effectiveFrom the first day of absence it applies to
 * @param legalSource the regulation (PP, Perkada, SK)
 * @param steps the rungs by yearly total
 * @param consecutiveDays the run of the consecutive rung, or {@code null}
 * @param consecutiveStep that rung, or {@code null}
 * @param changedBy who saved it last
 * @param version for optimistic locking
 * @param state future, in force, or superseded
 * @param editable may still be changed
 * @param deletable may be deleted
 */
public record LadderVersion(long id, String code, String name, List<EmploymentType> types, LocalDate effectiveFrom,
		String legalSource, List<LadderStep> steps, Integer consecutiveDays, LadderStep consecutiveStep,
		String changedBy, long version, VersionState state, boolean editable, boolean deletable) {

	/** The non-ASN evaluation: non-renewal is recommended above this many days. */
	public int daysAbove() {
		return this.steps.isEmpty() ? 0 : this.steps.get(0).minDays() - 1;
	}

}
