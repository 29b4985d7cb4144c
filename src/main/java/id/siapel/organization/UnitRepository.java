package id.siapel.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByCode(String code);

	boolean existsByCode(String code);

	List<Unit> findByHeadEmployeeId(long employeeId);

	List<Unit> findByHeadEmployeeIdNotNull();

}
