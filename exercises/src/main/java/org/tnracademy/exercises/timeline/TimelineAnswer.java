package org.tnracademy.exercises.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerWords;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.TreeReader;

/**
 * A learner's order: event ids, earliest first. Events left out are unplaced; they are allowed,
 * and every pair they belong to counts as not ordered.
 */
public record TimelineAnswer(List<String> order) {

    public TimelineAnswer {
        // Copies.list rather than List.copyOf: a null item must reach validation, not fail here
        order = Copies.list(order);
    }

    /** Reads {@code order: [ev-03, ev-01, ...]} (no {@code order}: nothing placed) and checks it against the spec. */
    public static TimelineAnswer fromMap(TimelineSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        TimelineAnswer answer = new TimelineAnswer(in.optionalTexts("order"));
        in.failOnAnswerProblems(answer.problemsAgainst(spec));
        return answer;
    }

    /** Every problem of this answer against the spec: unknown, empty or repeated events. */
    public List<AnswerProblem> problemsAgainst(TimelineSpec spec) {
        List<AnswerProblem> problems = new ArrayList<>();
        Set<String> events = spec.eventIds();
        Map<String, Integer> firstPlace = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            String where = "order[" + i + "]";
            if (id == null || id.isBlank()) {
                problems.add(new AnswerProblem(where, Code.MISSING_VALUE, "the event id is empty"));
            } else if (!events.contains(id)) {
                problems.add(new AnswerProblem(where, Code.UNKNOWN_ITEM, "'" + id + "' is not an event of this case", AnswerWords.NOT_AN_ITEM, id));
            } else if (firstPlace.putIfAbsent(id, i) != null) {
                problems.add(new AnswerProblem(where, Code.DUPLICATE_ITEM,
                        "'" + id + "' is already placed at order[" + firstPlace.get(id) + "]", AnswerWords.ITEM_TWICE, id));
            }
        }
        return problems;
    }
}
