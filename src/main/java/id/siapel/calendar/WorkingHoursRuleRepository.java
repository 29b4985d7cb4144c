package id.siapel.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkingHoursRuleRepository extends JpaRepository<WorkingHoursRule, Long> {

	List<WorkingHoursRule> findAllByOrderByEffectiveFromAsc();

	Optional<WorkingHoursRule> findByEffectiveFrom(LocalDate effectiveFrom);

}
