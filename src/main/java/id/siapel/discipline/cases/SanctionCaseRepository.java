package id.siapel.discipline.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SanctionCaseRepository extends JpaRepository<SanctionCase, Long>, JpaSpecificationExecutor<SanctionCase> {

	List<SanctionCase> findByEmployeeIdAndYearAndViolationKindOrderByIdDesc(long employeeId, int year,
			ViolationKind kind);

	List<SanctionCase> findByNipOrderByIdDesc(String nip);

}
