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
        entries.save(new AuditEntry(Instant.now(), who(actor), action, bounded(detail), remoteAddress));
    }

    /**
     * An entry with what it says for people (a message code and its arguments, read in their
     * language) beside the technical line kept for log searches.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, AuditAction action, AuditMessage message, String detail, String remoteAddress) {
        entries.save(new AuditEntry(Instant.now(), who(actor), action, message, bounded(detail), remoteAddress));
    }

    private static String bounded(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    /** Whatever someone typed as their name is kept, up to what the column holds. */
    private static String who(String actor) {
        return actor == null ? "system" : actor.length() <= MAX_ACTOR ? actor : actor.substring(0, MAX_ACTOR);
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
        AuditMessage message = AuditMessage.of("upload-refused", refused.field().name(),
                refused.fileName() == null ? "" : refused.fileName(), refused.why().name());
        entries.save(new AuditEntry(Instant.now(), actor, AuditAction.UPLOAD_REFUSED, message, bounded(detail),
                remoteAddress));
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
