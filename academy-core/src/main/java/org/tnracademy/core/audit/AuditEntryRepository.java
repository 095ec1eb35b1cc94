package org.tnracademy.core.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append and read only: the log offers no way to change or delete an entry. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findAllByOrderByAtDescIdDesc(Pageable page);

    List<AuditEntry> findByActorOrderByAtDesc(String actor);

    long count();
}
