package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollectorPausesTest {

    private static final String COUNTERS = """
            sun.gc.collector.0.invocations=15
            sun.gc.collector.0.lastEntryTime=1445473128
            sun.gc.collector.0.name="G1 young collection pauses"
            sun.gc.collector.0.time=114272987
            sun.gc.collector.1.invocations=1
            sun.gc.collector.1.name="G1 full collection pauses"
            sun.gc.collector.1.time=200000000
            sun.gc.collector.2.invocations=4
            sun.gc.collector.2.time=85727013
            sun.gc.policy.name="GarbageFirst"
            sun.os.hrt.frequency=1000000000
            """;

    @Test
    void addsTheYoungFullAndConcurrentCyclePauses() {
        CollectorPauses pauses = CollectorPauses.parse(COUNTERS).orElseThrow();

        assertThat(pauses.pauses()).isEqualTo(20);
        assertThat(pauses.pausedNanos()).isEqualTo(400_000_000L);
    }

    @Test
    void convertsTicksOfAnotherClockFrequency() {
        String counters = "sun.gc.collector.0.invocations=2\nsun.gc.collector.0.time=5000\nsun.os.hrt.frequency=10000\n";

        assertThat(CollectorPauses.parse(counters).orElseThrow().pausedNanos()).isEqualTo(500_000_000L);
    }

    @Test
    void readsNothingWithoutTheCollectorsCountersOrTheClock() {
        assertThat(CollectorPauses.parse("sun.os.hrt.frequency=1000000000\n")).isEmpty();
        assertThat(CollectorPauses.parse("sun.gc.collector.0.time=5\n")).isEmpty();
        assertThat(CollectorPauses.read(-1)).isEmpty();
    }

    @Test
    void saysHowMuchOfTheTimeWasPausedSinceAnEarlierReading() {
        CollectorPauses before = new CollectorPauses(10, 1_000_000_000L);
        CollectorPauses after = new CollectorPauses(72, 8_600_000_000L);

        assertThat(after.since(before, 80)).isEqualTo("62 pauses, 7.6 s in all over 80 s (9.5% of the time, 123 ms on average)");
    }

    @Test
    void readsAJvmOfThisMachine() {
        assertThat(CollectorPauses.read(ProcessHandle.current().pid())).hasValueSatisfying(p ->
                assertThat(p.pauses()).isGreaterThanOrEqualTo(0));
    }
}
