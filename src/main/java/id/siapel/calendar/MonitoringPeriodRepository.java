package id.siapel.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringPeriodRepository extends JpaRepository<MonitoringPeriod, Long> {

	List<MonitoringPeriod> findAllByOrderByStartDateDescNameAsc();

	boolean existsByNameAndStartDateAndEndDate(String name, LocalDate startDate, LocalDate endDate);

}
