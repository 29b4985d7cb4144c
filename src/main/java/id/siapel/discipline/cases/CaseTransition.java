package id.siapel.discipline.cases;

import java.time.LocalDate;

/**
 * A move of a case to its next state (api.md, {@code POST
 * /api/v1/cases/{id}/transitions}).
 *
 * @param to the new state
 * @param date when the step happened: summons letter date, examination (BAP) date, decree
 * date, delivery, completion or cancellation
 * @param version the version the client saw, or {@code null} not to check
 * @param summonsNumber number of the summons letter (SUMMONED)
 * @param examinationDate the examination date the summons sets (SUMMONED)
 * @param examiner the examiner or the members of the examination team (EXAMINED)
 * @param team whether a team (atasan langsung, Inspektorat, BKPSDM) examined (EXAMINED)
 * @param decreeNumber number of the decree (DECIDED)
 * @param authority the official who decided (DECIDED)
 * @param sanction the sanction code decided (DECIDED)
 * @param effectiveFrom first day of the sanction (DECIDED)
 * @param effectiveTo last day, or {@code null} for the sanction's own duration
 * @param note remark; the reason of a cancellation
 */
public record CaseTransition(CaseStatus to, LocalDate date, Long version, String summonsNumber,
		LocalDate examinationDate, String examiner, Boolean team, String decreeNumber, String authority,
		String sanction, LocalDate effectiveFrom, LocalDate effectiveTo, String note) {
}
