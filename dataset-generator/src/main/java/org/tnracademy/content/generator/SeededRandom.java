package org.tnracademy.content.generator;

import java.util.List;

/**
 * SplitMix64, written out here rather than taken from the JDK: the committed datasets must come out
 * byte for byte the same on every future JDK, and this algorithm is fixed by its definition.
 */
public final class SeededRandom {

    private long state;

    public SeededRandom(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound), without modulo bias (same rejection rule as java.util.Random). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        int u = next31();
        int r = u % bound;
        while (u - r + (bound - 1) < 0) {
            u = next31();
            r = u % bound;
        }
        return r;
    }

    /** Uniform in [from, to], both ends included. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    public <T> T pick(List<T> options) {
        return options.get(nextInt(options.size()));
    }

    /** Fisher-Yates, in place. */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            list.set(i, list.set(j, list.get(i)));
        }
    }

    private int next31() {
        return (int) (nextLong() >>> 33);
    }
}
