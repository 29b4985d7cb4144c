package id.siapel.audit;

import org.springframework.data.jpa.repository.JpaRepository;

/** Writes lines; {@link AuditLog} reads them. */
interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

}
