package id.siapel.calendar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RamadanPeriodRepository extends JpaRepository<RamadanPeriod, Long> {

	List<RamadanPeriod> findAllByOrderByStartDateAsc();

}
