package id.siapel.discipline.cases;

import id.siapel.discipline.rules.SanctionLevel;

/**
 * What the case list shows: any filter may be {@code null}.
 *
 * @param year year of the violation
 * @param unitCode an OPD or unit, with everything below it
 * @param status state
 * @param level sanction level
 * @param nip one employee
 */
public record CaseFilter(Integer year, String unitCode, CaseStatus status, SanctionLevel level, String nip) {
}
