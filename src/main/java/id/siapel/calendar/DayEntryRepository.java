package id.siapel.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DayEntryRepository extends JpaRepository<DayEntry, Long> {

	List<DayEntry> findByDayAndKind(LocalDate day, DayKind kind);

	List<DayEntry> findByDayBetweenOrderByDayAscKindAscNameAsc(LocalDate from, LocalDate to);

	List<DayEntry> findByKindOrderByDayAsc(DayKind kind);

	List<DayEntry> findByDayBetweenAndKindIn(LocalDate from, LocalDate to, Collection<DayKind> kinds);

}
