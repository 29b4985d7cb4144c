package id.siapel.discipline;

import id.siapel.discipline.rules.Recommendation;
import id.siapel.employee.EmploymentType;

/**
 * An employee's discipline standing in a calendar year (api.md, Discipline).
 *
 * @param nip NIP
 * @param name name with titles
 * @param unitCode the employee's current unit
 * @param employmentType type (chooses the ladder)
 * @param year the year
 * @param workingDays working days of the employee's units in the year so far
 * @param unexcusedDays full days without a valid reason
 * @param lateMinutes minutes of lateness, early leave and single-session absence
 * @param convertedDays lateMinutes converted to days (rounded down)
 * @param totalDays what the ladder applies to
 * @param longestStreak longest run of consecutive unexcused working days touching the
 * year
 * @param minutesPerDay the conversion in force
 * @param ladderName the ladder applied
 * @param ladderCode its code: PNS (PNS and CPNS, PP 94/2021), PPPK (the Pemda's, PP
 * 49/2018 Pasal 52) or NON_ASN (contract evaluation)
 * @param recommendation the recommended sanction
 */
public record Standing(String nip, String name, String unitCode, EmploymentType employmentType, int year,
		int workingDays, int unexcusedDays, int lateMinutes, int convertedDays, int totalDays, int longestStreak,
		int minutesPerDay, String ladderName, String ladderCode, Recommendation recommendation) {
}
