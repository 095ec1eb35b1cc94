package org.tnracademy.core.audit;

import java.time.Instant;

/**
 * An audit entry as administrators read it.
 *
 * @param detail  the technical line in English (ids included), for log searches; all that entries
 *                written before V27 have
 * @param message what it says in the reader's language, names instead of ids; null before V27
 */
public record AuditRecord(long id, Instant at, String actor, AuditAction action, String detail,
                          String remoteAddress, AuditMessage message) {
}
