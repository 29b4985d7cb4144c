package id.siapel.employee;

/**
 * A line of the employee list.
 *
 * @param nip identity number
 * @param displayName name with titles
 * @param employmentType type
 * @param rank golongan or {@code null}
 * @param position position name
 * @param unitCode current unit
 * @param unitName its name
 * @param status status today
 * @param sex sex
 * @param serviceStart TMT, or {@code null}
 */
public record EmployeeRow(String nip, String displayName, EmploymentType employmentType, String rank, String position,
		String unitCode, String unitName, EmployeeStatus status, Sex sex, java.time.LocalDate serviceStart) {
}
