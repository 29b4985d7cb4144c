package id.siapel.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the unit tree needs to know about staff, provided by the employee module (which
 * depends on this one, not the other way round): who a NIP is, whether they belong to a
 * unit on a day (a head must be an employee of the unit), and names and head counts for
 * display.
 */
public interface StaffLookup {

	Optional<Long> employeeIdByNip(String nip);

	boolean isAssigned(long employeeId, long unitId, LocalDate day);

	Map<Long, StaffMember> describe(Collection<Long> employeeIds);

	/**
	 * The employees assigned to exactly this unit on the day, by name (candidates for
	 * head).
	 */
	java.util.List<StaffMember> assignedTo(long unitId, LocalDate day);

	/**
	 * Of the proposed heads (employee id by unit id), the units whose employee is not
	 * assigned to that very unit on the day. One question for any number of units, for
	 * loading heads in bulk.
	 */
	Set<Long> unitsNotStaffedBy(Map<Long, Long> employeeByUnit, LocalDate day);

	/** Number of employees assigned to each unit (not counting sub-units) on the day. */
	Map<Long, Integer> headcountByUnit(LocalDate day);

	/** An employee as the unit pages show them. */
	record StaffMember(long id, String nip, String displayName) {
	}

}
