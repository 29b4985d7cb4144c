package id.siapel.employee;

/**
 * What the employee list is narrowed to. All parts are optional.
 *
 * @param q part of the name, or the beginning of the NIP
 * @param unitCode a unit; its sub-units are included
 * @param type employment type
 * @param status status today
 */
public record EmployeeFilter(String q, String unitCode, EmploymentType type, EmployeeStatus status) {

	public static EmployeeFilter none() {
		return new EmployeeFilter(null, null, null, null);
	}

}
