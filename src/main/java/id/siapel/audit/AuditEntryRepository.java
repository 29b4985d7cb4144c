package id.siapel.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	Page<AuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

	@Query("select distinct e.action from AuditEntry e order by e.action")
	List<String> findDistinctActions();

	Page<AuditEntry> findByActionOrderByOccurredAtDescIdDesc(String action, Pageable pageable);

}
