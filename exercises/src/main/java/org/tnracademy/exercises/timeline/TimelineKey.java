package org.tnracademy.exercises.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * The answer key: the true instant of every event. The right order follows from the instants;
 * events at the same instant are tied and may come in either order.
 */
public record TimelineKey(List<EventTime> times) {

    public TimelineKey {
        times = Copies.list(times);
    }

    /**
     * A key checked against its spec: every event of the spec timed exactly once, English
     * explanations, and at least two different instants (else there is nothing to order).
     */
    public static TimelineKey validated(TimelineSpec spec, List<EventTime> times) {
        List<SpecProblem> problems = problemsOf(spec, times);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new TimelineKey(times);
    }

    /**
     * Reads {@code events: [{event, at, explanation}]}, {@code at} an ISO-8601 date-time with offset
     * such as 2025-03-04T21:30:00+01:00; an {@code exercise} field naming the exercise, as key files
     * carry, is allowed and ignored.
     */
    public static TimelineKey fromMap(TimelineSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map).allow("exercise");
        List<EventTime> times = new ArrayList<>();
        for (TreeReader t : in.objects("events")) {
            times.add(new EventTime(t.text("event"), t.instant("at"), t.localized("explanation")));
        }
        in.failOnSpecProblems(problemsOf(spec, times));
        return new TimelineKey(times);
    }

    public Map<String, EventTime> byEvent() {
        Map<String, EventTime> byEvent = new LinkedHashMap<>();
        times.forEach(t -> byEvent.put(t.eventId(), t));
        return byEvent;
    }

    private static List<SpecProblem> problemsOf(TimelineSpec spec, List<EventTime> times) {
        List<SpecProblem> problems = new ArrayList<>();
        List<EventTime> list = times == null ? List.of() : times;
        Set<String> events = spec.eventIds();
        Set<String> timed = new HashSet<>();
        Set<Instant> instants = new HashSet<>();
        boolean complete = true;
        for (int i = 0; i < list.size(); i++) {
            EventTime t = list.get(i);
            String at = "events[" + i + "]";
            if (t == null) {
                problems.add(SpecProblem.of(at, "is required", ReadProblem.REQUIRED));
                complete = false;
                continue;
            }
            if (t.eventId() == null) {
                problems.add(SpecProblem.of(at + ".event", "is required", ReadProblem.REQUIRED));
                complete = false;
            } else if (!events.contains(t.eventId())) {
                problems.add(SpecProblem.of(at + ".event", "'" + t.eventId() + "' is not an event of the spec", CheckProblem.NOT_DEFINED, t.eventId()));
            } else if (!timed.add(t.eventId())) {
                problems.add(SpecProblem.of(at + ".event", "'" + t.eventId() + "' is timed twice",
                        CheckProblem.DUPLICATE, t.eventId()));
            }
            if (t.at() == null) {
                problems.add(SpecProblem.of(at + ".at", "is required", ReadProblem.REQUIRED));
                complete = false;
            } else {
                instants.add(t.at());
            }
            Checks.text(t.explanation(), at + ".explanation", problems);
        }
        // an event or instant that could not be read may be the missing one: only say so when all were read
        if (complete) {
            for (TimelineEvent e : spec.events()) {
                if (!timed.contains(e.id())) {
                    problems.add(SpecProblem.of("events", "'" + e.id() + "' has no time",
                            CheckProblem.NOT_KEYED, e.id()));
                }
            }
            if (instants.size() < 2) {
                problems.add(SpecProblem.of("events", "all events happen at the same instant: there is no order to find",
                        TimelineProblem.ALL_AT_ONE_INSTANT));
            }
        }
        return problems;
    }
}
