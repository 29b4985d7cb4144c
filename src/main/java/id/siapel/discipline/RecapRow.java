package id.siapel.discipline;

import id.siapel.discipline.rules.Recommendation;
import id.siapel.employee.EmploymentType;

/** One employee in the regency-wide (or a unit's) discipline list of a year. */
public record RecapRow(String nip, String name, String unitCode, String unitName, EmploymentType employmentType,
		int unexcusedDays, int lateMinutes, int convertedDays, int totalDays, int longestStreak,
		Recommendation recommendation) {
}
