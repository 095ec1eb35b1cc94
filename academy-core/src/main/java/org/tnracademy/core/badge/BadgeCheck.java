package org.tnracademy.core.badge;

import java.time.Instant;

/**
 * What checking a badge found, each check on its own so that a page can say which hold.
 *
 * @param outcome        the overall verdict: the first check that fails, or VALID
 * @param signatureValid signed by one of the academy's published keys, and unaltered
 * @param issuerValid    the academy is its issuer
 * @param revoked        its bit is set in the academy's revocation status list
 * @param validFrom      from when it holds (null when unreadable)
 * @param validUntil     when it expires; null when it never does
 * @param achievement    the achievement's name as the badge states it (null when unreadable)
 */
public record BadgeCheck(Outcome outcome, boolean signatureValid, boolean issuerValid, boolean revoked,
                         Instant validFrom, Instant validUntil, String achievement) {

    /** The verdicts, most serious first. */
    public enum Outcome { TOO_LARGE, MALFORMED, UNKNOWN_KEY, BAD_SIGNATURE, WRONG_ISSUER, REVOKED, EXPIRED, NOT_YET_VALID, VALID }

    static BadgeCheck refused(Outcome outcome) {
        return new BadgeCheck(outcome, false, false, false, null, null, null);
    }
}
