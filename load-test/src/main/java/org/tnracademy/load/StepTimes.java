package org.tnracademy.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * Response times per step (sign in, open catalogue, submit, ...) and the errors of the run, from
 * every virtual learner at once. Each step's histogram keeps microseconds up to a minute at three
 * significant digits.
 */
public final class StepTimes {

    private final Map<String, Histogram> steps = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    /** Each step's histogram as it was at the last {@link #p95SinceLastAsked}: what came after is a window. */
    private final Map<String, Histogram> lastAsked = new ConcurrentHashMap<>();
    /** Once set, every time is also recorded here: the steady part of a run, after the arrivals. */
    private volatile StepTimes alsoFromNowOn;

    /** From now on every time is also recorded in {@code later} (set once the last learner has arrived). */
    public void alsoRecordFromNowOnIn(StepTimes later) {
        this.alsoFromNowOn = later;
    }

    public void record(String step, long nanos) {
        StepTimes later = alsoFromNowOn;
        if (later != null) {
            later.record(step, nanos);
        }
        Histogram h = steps.computeIfAbsent(step, s -> {
            synchronized (order) {
                order.add(s);
            }
            return new Histogram(60_000_000L, 3);
        });
        synchronized (h) {
            h.recordValue(Math.min(Math.max(nanos / 1000, 1), 60_000_000L));
        }
    }

    public void error(String learner, String step, Throwable cause) {
        errors.incrementAndGet();
        if (firstErrors.size() < 20) {
            firstErrors.add(learner + " at '" + step + "': " + cause);
        }
    }

    public long errors() {
        return errors.get();
    }

    public List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    public long count(String step) {
        Histogram h = steps.get(step);
        if (h == null) {
            return 0;
        }
        synchronized (h) {
            return h.getTotalCount();
        }
    }

    /** p50/p95/p99/max per step in milliseconds, in the order the steps first happened. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format("%-34s %8s %9s %9s %9s %9s%n", "step", "count", "p50 ms",
                "p95 ms", "p99 ms", "max ms"));
        List<String> names;
        synchronized (order) {
            names = List.copyOf(order);
        }
        for (String step : names) {
            Histogram h = steps.get(step);
            synchronized (h) {
                out.append(String.format("%-34s %8d %9.1f %9.1f %9.1f %9.1f%n", step, h.getTotalCount(),
                        h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                        h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0));
            }
        }
        return out.toString();
    }

    /**
     * The p95 in milliseconds of one step's times recorded since this was last asked for that step
     * (since the start the first time), or -1 when none were.
     */
    public double p95SinceLastAsked(String step) {
        Histogram h = steps.get(step);
        if (h == null) {
            return -1;
        }
        Histogram now;
        synchronized (h) {
            now = h.copy();
        }
        Histogram window = now.copy();
        Histogram before = lastAsked.put(step, now);
        if (before != null) {
            window.subtract(before);
        }
        return window.getTotalCount() == 0 ? -1 : window.getValueAtPercentile(95) / 1000.0;
    }

    /** The p95 in milliseconds of one step, or -1 when it never happened. */
    public double p95(String step) {
        Histogram h = steps.get(step);
        if (h == null) {
            return -1;
        }
        synchronized (h) {
            return h.getValueAtPercentile(95) / 1000.0;
        }
    }
}
