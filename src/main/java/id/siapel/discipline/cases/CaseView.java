package id.siapel.discipline.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.siapel.discipline.rules.SanctionLevel;

/**
 * A case as pages and the API show it, with the moves allowed next and the warnings of
 * the procedure (summons too close to the examination, severe case without a team, late
 * delivery).
 */
public record CaseView(long id, long version, String nip, String name, String rank, String position, String unitCode,
		String unitName, int year, ViolationKind violationKind, String violation, String article, Integer absenceDays,
		SanctionLevel level, String sanction, String sanctionLabel, String legalBasis, String proposedAuthority,
		CaseStatus status, LocalDate openedOn, String summonsNumber, LocalDate summonsDate, int summonsCount,
		LocalDate examinationDate, LocalDate examinedOn, String examiner, boolean examinedByTeam, String decreeNumber,
		LocalDate decreeDate, String decreeAuthority, LocalDate effectiveFrom, LocalDate effectiveTo,
		LocalDate deliveredOn, LocalDate completedOn, LocalDate cancelledOn, String cancelReason, Long supersedesId,
		Long supersededById, String lastNote, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
		List<Summons> summonses, List<CaseStatus> next, List<Warning> warnings) {

	public boolean isSuperseded() {
		return this.supersededById != null;
	}

	/**
	 * One summons letter, first or second (PP 94/2021, regulation.md §1.4).
	 *
	 * @param ordinal 1 for the first, 2 for the second
	 * @param number the letter's number
	 * @param date the letter's date
	 * @param examinationDate the examination date it set
	 */
	public record Summons(int ordinal, String number, LocalDate date, LocalDate examinationDate) {
	}

	/**
	 * A procedural warning: a message key and its arguments.
	 */
	public record Warning(String messageKey, Object... arguments) {
	}

}
