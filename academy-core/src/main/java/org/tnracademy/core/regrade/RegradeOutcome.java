package org.tnracademy.core.regrade;

import java.time.Instant;

/** A regrade that was applied: the key version it stored and what changed. */
public record RegradeOutcome(long exerciseId, int oldKeyVersion, int newKeyVersion, int regraded, int changed,
                             int up, int down, int learnersWhoseStandingChanged, Instant regradedAt) {
}
