package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class MemoryProbeTest {

    @Test
    void theChaseVisitsEverySlotOnceBeforeComingBack() {
        int[] next = MemoryProbe.randomCycle(1_000, new SplittableRandom(7));

        boolean[] seen = new boolean[next.length];
        int at = 0;
        for (int step = 0; step < next.length; step++) {
            assertThat(seen[at]).as("slot %d visited twice", at).isFalse();
            seen[at] = true;
            at = next[at];
        }
        assertThat(at).isZero();
    }
}
