package id.siapel.attendance;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeavePeriodRepository extends JpaRepository<LeavePeriod, Long> {

	@Query("select l from LeavePeriod l where l.employeeId = ?1 and l.startDate <= ?3 and l.endDate >= ?2")
	List<LeavePeriod> overlapping(long employeeId, LocalDate start, LocalDate end);

}
