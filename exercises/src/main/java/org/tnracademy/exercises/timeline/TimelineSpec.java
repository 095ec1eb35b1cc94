package org.tnracademy.exercises.timeline;

import static org.tnracademy.exercises.PlainTree.path;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.PlainTree;

/** A timeline exercise: the events to order, in the (shuffled) order the learner first sees them. */
public record TimelineSpec(List<TimelineEvent> events) {

    private static final Set<String> EVENT_FIELDS = Set.of("id", "text", "platform", "shownTime");

    public TimelineSpec {
        events = List.copyOf(events);
    }

    /** A checked spec: at least two events, ids unique, texts not blank. */
    public static TimelineSpec of(List<TimelineEvent> events) {
        PlainTree tree = new PlainTree("spec");
        check(tree, tree.given(events, "events"));
        tree.throwAsSpecProblems();
        return new TimelineSpec(events);
    }

    /** Reads {@code events: [{id, text, platform, shownTime}]}; platform and shownTime are optional. */
    public static TimelineSpec fromMap(Map<String, Object> map) {
        PlainTree tree = new PlainTree("spec");
        Map<String, Object> root = tree.fields(map, "", Set.of("events"));
        List<TimelineEvent> events = root == null ? null : tree.items(root.get("events"), "events",
                TimelineSpec::readEvent);
        check(tree, events);
        tree.throwAsSpecProblems();
        return new TimelineSpec(events);
    }

    public Set<String> eventIds() {
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static TimelineEvent readEvent(PlainTree tree, Object node, String at) {
        Map<String, Object> f = tree.fields(node, at, EVENT_FIELDS);
        if (f == null) {
            return null;
        }
        String id = tree.string(f.get("id"), path(at, "id"));
        String text = tree.string(f.get("text"), path(at, "text"));
        String platform = f.containsKey("platform") ? tree.anyString(f.get("platform"), path(at, "platform")) : "";
        String shown = f.containsKey("shownTime") ? tree.anyString(f.get("shownTime"), path(at, "shownTime")) : "";
        return id == null || text == null || platform == null || shown == null ? null
                : new TimelineEvent(id, text, platform, shown);
    }

    private static void check(PlainTree tree, List<TimelineEvent> events) {
        if (events == null) {
            return;
        }
        if (events.size() < 2) {
            tree.problem("events", Code.MISSING_VALUE, "at least two events are needed to order");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            if (e == null) {
                continue;
            }
            String at = path("events", i);
            if (e.id() == null || e.id().isBlank() || e.text() == null || e.text().isBlank()) {
                tree.problem(at, Code.MISSING_VALUE, "needs an id and a text");
            } else if (!seen.add(e.id())) {
                tree.problem(path(at, "id"), Code.DUPLICATE_ITEM, "'" + e.id() + "' appears twice");
            }
        }
    }
}
