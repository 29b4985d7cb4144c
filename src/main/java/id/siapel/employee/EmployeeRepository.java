package id.siapel.employee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

	Optional<Employee> findByNip(String nip);

	boolean existsByNip(String nip);

	List<Employee> findByNipIn(Collection<String> nips);

}
