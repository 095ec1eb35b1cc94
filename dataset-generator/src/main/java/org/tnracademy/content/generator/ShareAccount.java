package org.tnracademy.content.generator;

import org.tnracademy.exercises.LocalizedText;

/**
 * An account of the share log and its part in it, for answer keys: {@code network} is 1 or 2 for
 * the planted coordinated networks of its segment, 0 otherwise; {@code why} is null for plain
 * organic accounts that show nothing worth explaining.
 */
public record ShareAccount(String handle, Role role, int network, LocalizedText why) {

    public enum Role {
        /** A member of a planted network: created together, reposting each other within seconds. */
        COORDINATED,
        /** Uses a network's hashtag in its own words, on its own schedule: looks coordinated, is not. */
        DECOY,
        ORGANIC
    }
}
