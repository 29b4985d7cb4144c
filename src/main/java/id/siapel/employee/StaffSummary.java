package id.siapel.employee;

/**
 * An employee in one line, for lists built by other modules.
 *
 * @param id database id
 * @param nip NIP
 * @param displayName name with titles
 * @param employmentType type
 * @param echelon eselon of a structural position, or {@code null}
 * @param currentUnitId the unit the employee belongs to today (for someone who left, the
 * last one)
 */
public record StaffSummary(long id, String nip, String displayName, EmploymentType employmentType, Echelon echelon,
		long currentUnitId) {
}
