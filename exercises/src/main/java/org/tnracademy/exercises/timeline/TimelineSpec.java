package org.tnracademy.exercises.timeline;

import java.util.ArrayList;
import java.util.HashSet;
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

/** A timeline exercise: the events to order, in the (shuffled) order the learner first sees them. */
public record TimelineSpec(List<TimelineEvent> events) {

    public TimelineSpec {
        events = Copies.list(events);
    }

    /** A checked spec: at least two events, ids unique, texts not blank. */
    public static TimelineSpec of(List<TimelineEvent> events) {
        List<SpecProblem> problems = problemsOf(events);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new TimelineSpec(events);
    }

    /** Reads {@code events: [{id, text, platform, shownTime}]}; platform and shownTime are optional. */
    public static TimelineSpec fromMap(Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        List<TimelineEvent> events = new ArrayList<>();
        for (TreeReader e : in.objects("events")) {
            events.add(new TimelineEvent(e.text("id"), e.text("text"), e.optionalText("platform", ""),
                    e.optionalText("shownTime", "")));
        }
        in.failOnSpecProblems(problemsOf(events));
        return new TimelineSpec(events);
    }

    public Set<String> eventIds() {
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static List<SpecProblem> problemsOf(List<TimelineEvent> events) {
        List<SpecProblem> problems = new ArrayList<>();
        if (events == null || events.size() < 2) {
            problems.add(SpecProblem.of("events", "at least two events are needed to order", CheckProblem.AT_LEAST, 2));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; events != null && i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            String field = "events[" + i + "]";
            if (e == null) {
                problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
                continue;
            }
            Checks.itemId(e.id(), field + ".id", seen, problems);
            if (e.text() == null) {
                problems.add(SpecProblem.of(field + ".text", "is required", ReadProblem.REQUIRED));
            } else if (e.text().isBlank()) {
                problems.add(SpecProblem.of(field + ".text", "must not be blank", CheckProblem.BLANK));
            }
        }
        return problems;
    }
}
