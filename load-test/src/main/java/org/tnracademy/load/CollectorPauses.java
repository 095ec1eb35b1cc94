package org.tnracademy.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often and for how long the academy's collector has stopped it so far, from the JVM's own
 * counters ({@code jcmd <pid> PerfCounter.print}: {@code sun.gc.collector.N.invocations} and
 * {@code .time} for young, full and concurrent-cycle pauses). Every round trip that arrives during
 * a pause waits for it, so the share of the time paused bounds what a round trip's p95 can be.
 */
record CollectorPauses(long pauses, long pausedNanos) {

    private static final Pattern COUNTER = Pattern.compile(
            "^sun\\.gc\\.collector\\.\\d+\\.(invocations|time)=(\\d+)$", Pattern.MULTILINE);
    private static final Pattern FREQUENCY = Pattern.compile("^sun\\.os\\.hrt\\.frequency=(\\d+)$", Pattern.MULTILINE);

    /** The counters of the JVM {@code pid}; empty where they cannot be read (no jcmd, no perf data). */
    static Optional<CollectorPauses> read(long pid) {
        if (pid <= 0) {
            return Optional.empty();
        }
        try {
            return parse(AcademyProcess.jcmd(pid, "PerfCounter.print"));
        } catch (Exception unreadable) {
            return Optional.empty();
        }
    }

    /** From {@code PerfCounter.print}'s lines; empty without a collector's counters or the clock's frequency. */
    static Optional<CollectorPauses> parse(String counters) {
        Matcher frequency = FREQUENCY.matcher(counters);
        if (!frequency.find()) {
            return Optional.empty();
        }
        long ticksPerSecond = Long.parseLong(frequency.group(1));
        long pauses = 0;
        long ticks = 0;
        boolean any = false;
        Matcher counter = COUNTER.matcher(counters);
        while (counter.find()) {
            any = true;
            long value = Long.parseLong(counter.group(2));
            if (counter.group(1).equals("invocations")) {
                pauses += value;
            } else {
                ticks += value;
            }
        }
        if (!any || ticksPerSecond <= 0) {
            return Optional.empty();
        }
        return Optional.of(new CollectorPauses(pauses, Math.round(ticks * (1e9 / ticksPerSecond))));
    }

    /** "62 pauses, 7.6 s in all over 80 s (9.5% of the time, 122 ms on average)", since {@code before}. */
    String since(CollectorPauses before, double seconds) {
        long count = pauses - before.pauses;
        double paused = (pausedNanos - before.pausedNanos) / 1e9;
        return "%d pauses, %.1f s in all over %.0f s (%.1f%% of the time, %.0f ms on average)".formatted(count, paused,
                seconds, seconds > 0 ? 100 * paused / seconds : 0, count > 0 ? 1000 * paused / count : 0);
    }
}
