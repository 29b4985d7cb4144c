package id.siapel.employee;

/**
 * Whether the employee still works for the Pemda; every other status is dated and ends
 * the assignment.
 */
public enum EmployeeStatus {

	ACTIVE, RETIRED, DISMISSED, DECEASED, MOVED_OUT

}
