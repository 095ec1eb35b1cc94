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

    /** The HTTP status of the last failure, or null when the store did not answer at all (or no failure). */
    public Integer lastErrorStatus() {
        if (lastError == null || !lastError.matches("HTTP \\d{3}\\b.*")) {
            return null;
        }
        return Integer.valueOf(lastError.substring(5, 8));
    }

    /** What the store answered (the start of its body), or why no answer came; empty when no failure. */
    public String lastErrorDetail() {
        if (lastError == null) {
            return "";
        }
        int colon = lastError.indexOf(": ");
        return colon < 0 ? "" : lastError.substring(colon + 2);
    }
}
