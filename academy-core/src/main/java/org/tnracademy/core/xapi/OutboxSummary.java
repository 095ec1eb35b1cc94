package org.tnracademy.core.xapi;

import java.time.Instant;

/**
 * What the administrators see of the xAPI outbox.
 *
 * @param enabled         whether a learning record store is configured
 * @param endpoint        the store's statements address (no credentials), or empty when off
 * @param pending         statements not yet taken by the store
 * @param parked          statements the store refused for good, kept aside
 * @param sent            statements the store took
 * @param oldestPendingAt when the oldest pending statement was written; null when none waits
 * @param lastError       the latest failure of a pending or parked statement (status and the start of the
 *                        store's answer, or why no answer came); null when none
 */
public record OutboxSummary(boolean enabled, String endpoint, long pending, long parked, long sent,
                            Instant oldestPendingAt, String lastError) {
}
