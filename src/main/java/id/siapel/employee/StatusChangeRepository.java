package id.siapel.employee;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

	List<StatusChange> findByEmployeeIdOrderByEffectiveDateAsc(long employeeId);

}
