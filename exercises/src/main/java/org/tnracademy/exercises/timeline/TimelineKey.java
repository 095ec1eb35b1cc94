package org.tnracademy.exercises.timeline;

import static org.tnracademy.exercises.PlainTree.path;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.PlainTree;

/**
 * The answer key: the true instant of every event. The right order follows from the instants;
 * events at the same instant are tied and may come in either order.
 */
public record TimelineKey(List<EventTime> times) {

    private static final Set<String> TIME_FIELDS = Set.of("event", "at", "explanation");

    public TimelineKey {
        times = List.copyOf(times);
    }

    /**
     * A key checked against its spec: every event of the spec timed exactly once, English
     * explanations, and at least two different instants (else there is nothing to order).
     */
    public static TimelineKey validated(TimelineSpec spec, List<EventTime> times) {
        PlainTree tree = new PlainTree("key");
        check(tree, spec, tree.given(times, "key.events"));
        tree.throwAsSpecProblems();
        return new TimelineKey(times);
    }

    /**
     * Reads {@code events: [{event, at, explanation}]}, {@code at} an ISO-8601 date-time with offset
     * such as 2025-03-04T21:30:00+01:00; an {@code exercise} field naming the exercise is ignored.
     */
    public static TimelineKey fromMap(TimelineSpec spec, Map<String, Object> map) {
        PlainTree tree = new PlainTree("key");
        Map<String, Object> root = tree.fields(map, "key", Set.of("exercise", "events"));
        List<EventTime> times = root == null ? null : tree.items(root.get("events"), "key.events",
                TimelineKey::readTime);
        check(tree, spec, times);
        tree.throwAsSpecProblems();
        return new TimelineKey(times);
    }

    public Map<String, EventTime> byEvent() {
        Map<String, EventTime> byEvent = new LinkedHashMap<>();
        times.forEach(t -> byEvent.put(t.eventId(), t));
        return byEvent;
    }

    private static EventTime readTime(PlainTree tree, Object node, String at) {
        Map<String, Object> f = tree.fields(node, at, TIME_FIELDS);
        if (f == null) {
            return null;
        }
        String event = tree.string(f.get("event"), path(at, "event"));
        Instant instant = tree.instant(f.get("at"), path(at, "at"));
        LocalizedText explanation = tree.localizedText(f.get("explanation"), path(at, "explanation"));
        return event == null || instant == null || explanation == null ? null
                : new EventTime(event, instant, explanation);
    }

    private static void check(PlainTree tree, TimelineSpec spec, List<EventTime> times) {
        if (times == null) {
            return;
        }
        Set<String> events = spec.eventIds();
        Set<String> timed = new HashSet<>();
        Set<Instant> instants = new HashSet<>();
        boolean complete = times.stream().allMatch(t -> t != null);
        for (int i = 0; i < times.size(); i++) {
            EventTime t = times.get(i);
            if (t == null) {
                continue;
            }
            String at = path("key.events", i);
            if (t.eventId() == null || !events.contains(t.eventId())) {
                tree.problem(path(at, "event"), Code.UNKNOWN_ITEM, "'" + t.eventId() + "' is not an event of the spec");
            } else if (!timed.add(t.eventId())) {
                tree.problem(path(at, "event"), Code.DUPLICATE_ITEM, "'" + t.eventId() + "' is timed twice");
            }
            if (t.at() == null) {
                tree.problem(path(at, "at"), Code.MISSING_VALUE, "is missing");
            } else {
                instants.add(t.at());
            }
            if (t.explanation() == null || !t.explanation().byLanguage().containsKey(LocalizedText.FALLBACK)) {
                tree.problem(path(at, "explanation"), Code.MISSING_VALUE, "an English explanation ('en') is required");
            }
        }
        // an item that could not be read may be the missing one: only say so when all were read
        if (complete) {
            for (TimelineEvent e : spec.events()) {
                if (!timed.contains(e.id())) {
                    tree.problem("key.events", Code.MISSING_VALUE, "'" + e.id() + "' has no time");
                }
            }
            if (instants.size() < 2) {
                tree.problem("key.events", Code.OUT_OF_RANGE,
                        "all events happen at the same instant: there is no order to find");
            }
        }
    }
}
