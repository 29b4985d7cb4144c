package id.siapel.employee;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	/** Oldest first; an assignment with no start date comes first. */
	@Query("select a from Assignment a where a.employeeId = :employeeId order by a.validFrom asc nulls first")
	List<Assignment> history(long employeeId);

	/** The latest assignment: the one a transfer or departure closes. */
	@Query(value = """
			select * from employee_assignment where employee_id = :employeeId
			order by valid_from desc nulls last limit 1""", nativeQuery = true)
	Optional<Assignment> latest(long employeeId);

}
