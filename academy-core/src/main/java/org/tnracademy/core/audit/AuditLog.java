package org.tnracademy.core.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.support.OffsetPageable;

/**
 * The append-only audit log. Entries are written in their own transaction, so a failure of the
 * audited action (a refused sign-in) still leaves its trace.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 2000;
    private static final int MAX_ACTOR = 100;

    private final AuditEntryRepository entries;

    AuditLog(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, AuditAction action, String detail, String remoteAddress) {
        String d = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        // whatever someone typed as their name is kept, up to what the column holds
        String who = actor == null ? "system" : actor.length() <= MAX_ACTOR ? actor : actor.substring(0, MAX_ACTOR);
        entries.save(new AuditEntry(Instant.now(), who, action, d, remoteAddress));
    }

    /**
     * A refused upload or import, by whoever is signed in: which field, which file and why. Anyone
     * who can upload can be refused, so this needs no role; the entry is written even when the
     * caller's own transaction is then rolled back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusedUpload(RefusedUpload refused, String remoteAddress) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String actor = who == null ? "anonymous" : who.getName();
        actor = actor.length() <= MAX_ACTOR ? actor : actor.substring(0, MAX_ACTOR);
        String detail = refused.describe();
        entries.save(new AuditEntry(Instant.now(), actor, AuditAction.UPLOAD_REFUSED,
                detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL), remoteAddress));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRecord> newestFirst(int offset, int limit) {
        return entries.findAllByOrderByAtDescIdDesc(OffsetPageable.of(offset, limit)).stream()
                .map(AuditEntry::record).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return entries.count();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRecord> of(String actor) {
        return entries.findByActorOrderByAtDesc(actor).stream().map(AuditEntry::record).toList();
    }
}
