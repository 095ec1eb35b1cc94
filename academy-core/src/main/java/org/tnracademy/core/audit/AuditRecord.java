package org.tnracademy.core.audit;

import java.time.Instant;

/** An audit entry as administrators read it. */
public record AuditRecord(long id, Instant at, String actor, AuditAction action, String detail,
                          String remoteAddress) {
}
