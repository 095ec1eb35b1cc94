package org.tnracademy.load;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;

/**
 * How fast this machine's memory is now, the measure the academy's speed follows on a virtual
 * machine (docs/benchmarks.md, "Huge pages"): the time of one random read from a 512 MB array (a
 * chase through a random cycle, so each read waits for the one before, and misses the caches and
 * the TLB as the academy's heap does), and the time to touch a page of freshly mapped memory for
 * the first time (what a growing heap pays). {@code openssl speed} runs within a core's cache and
 * does not see either. Run it before a load test to compare runs:
 *
 * <pre>java -cp load-test/target/classes org.tnracademy.load.MemoryProbe</pre>
 *
 * Needs about 600 MB of heap ({@code -Xmx1g}) and 256 MB beside it.
 */
public final class MemoryProbe {

    private static final int SLOTS = 1 << 27; // 128 Mi ints: 512 MB
    private static final int READS = 10_000_000;
    private static final int TOUCHED = 256 << 20; // 256 MB of fresh pages
    private static final int PAGE = 4096;

    private MemoryProbe() {
    }

    public static void main(String[] args) {
        int[] next = randomCycle(SLOTS, new SplittableRandom(1));
        for (int round = 1; round <= 3; round++) {
            System.out.printf("round %d: random read %.0f ns, first touch of a 4 KB page %.1f µs%n", round,
                    randomReadNanos(next), firstTouchMicros());
        }
    }

    /**
     * A single cycle through every slot in random order: Sattolo's shuffle of the identity makes the
     * permutation one cycle, so a chase from any slot visits them all before it comes back.
     */
    static int[] randomCycle(int slots, SplittableRandom random) {
        int[] next = new int[slots];
        for (int i = 0; i < slots; i++) {
            next[i] = i;
        }
        for (int i = slots - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int t = next[i];
            next[i] = next[j];
            next[j] = t;
        }
        return next;
    }

    private static double randomReadNanos(int[] next) {
        int at = 0;
        long start = System.nanoTime();
        for (int i = 0; i < READS; i++) {
            at = next[at];
        }
        long took = System.nanoTime() - start;
        if (at < 0) {
            throw new AssertionError(); // keeps the chase from being optimised away
        }
        return (double) took / READS;
    }

    /**
     * Memory outside the heap, mapped fresh each time (the collector's regions may be touched already);
     * the JDK zeroes a direct buffer as it allocates it, which is the first touch of every page.
     */
    private static double firstTouchMicros() {
        long start = System.nanoTime();
        ByteBuffer fresh = ByteBuffer.allocateDirect(TOUCHED);
        long took = System.nanoTime() - start;
        if (fresh.get(TOUCHED - 1) != 0) {
            throw new AssertionError();
        }
        return took / 1e3 / (TOUCHED / PAGE);
    }
}
