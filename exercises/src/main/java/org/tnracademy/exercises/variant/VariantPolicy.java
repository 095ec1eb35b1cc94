package org.tnracademy.exercises.variant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * An exercise's {@code policy.variants}: how many items of its pool each learner works on, and the
 * stratum that shares them out fairly (every learner gets the same number per label or kind).
 *
 * @param items      items per learner, 1 to {@link #MAX_ITEMS}; 0 when variants are off
 * @param stratifyBy the type's stratum (such as {@code label}); null for a plain sample
 * @param seed       the exercise's seed; with the learner and the key version it decides each variant
 */
public record VariantPolicy(int items, String stratifyBy, long seed) {

    /** More than a learner can label in one sitting, and a bound on what a variant stores. */
    public static final int MAX_ITEMS = 500;

    public static final VariantPolicy OFF = new VariantPolicy(0, null, 0);

    public VariantPolicy {
        if (items < 0 || items > MAX_ITEMS) {
            throw new IllegalArgumentException("variant items must be in [0, " + MAX_ITEMS + "], was " + items);
        }
        if (items == 0 && (stratifyBy != null || seed != 0)) {
            throw new IllegalArgumentException("a variant stratum or seed needs variants on");
        }
    }

    public boolean on() {
        return items > 0;
    }

    /**
     * The seed of an exercise whose file gives none: the first eight bytes of SHA-256 of its id, so
     * it is fixed by the id alone (the same on every node and after every restart).
     */
    public static long defaultSeed(String exerciseId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(
                    Objects.requireNonNull(exerciseId).getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                seed = (seed << 8) | (d[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
