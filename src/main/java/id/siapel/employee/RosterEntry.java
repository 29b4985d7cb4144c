package id.siapel.employee;

/**
 * An employee on a unit's roster for a day.
 *
 * @param employeeId database id
 * @param nip identity number
 * @param displayName name with titles
 * @param unitId the unit they belong to that day
 * @param position position during that assignment
 * @param employmentType type
 */
public record RosterEntry(long employeeId, String nip, String displayName, long unitId, String position,
		EmploymentType employmentType) {
}
