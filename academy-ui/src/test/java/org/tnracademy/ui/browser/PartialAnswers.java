package org.tnracademy.ui.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A partly right answer tree for each exercise type, taken from the exercise's key (a few of its
 * items right, the rest left out or off), so that feedback shows right, wrong and missed parts.
 */
final class PartialAnswers {

    private PartialAnswers() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> from(String type, Map<String, Object> key) {
        return switch (type) {
            case "choice" -> Map.of("picks", map(objects(key, "questions"), q -> (String) q.get("id"),
                    q -> List.of((String) objects(q, "options").getFirst().get("id"))));
            case "set-selection" -> Map.of("chosen", first((List<Object>) key.get("selected"), 3));
            case "account-attribution" -> Map.of("groups", first(objects(key, "operators"), 2).stream()
                    .map(o -> (Object) first((List<Object>) o.get("accounts"), 2)).toList());
            case "estimate" -> Map.of("answers", map(objects(key, "answers"), a -> (String) a.get("question"),
                    a -> a.containsKey("value") ? (Object) (((Number) a.get("value")).doubleValue() + 1)
                            : Map.of("latitude", ((Number) a.get("latitude")).doubleValue() + 0.5,
                            "longitude", ((Number) a.get("longitude")).doubleValue())));
            case "item-labelling" -> Map.of("labels", map(first(objects(key, "items"), 5),
                    i -> (String) i.get("item"), i -> i.get("label")));
            case "spans" -> Map.of("spans", first(objects(key, "spans"), 2).stream()
                    .map(s -> (Object) Map.of("post", s.get("post"), "start", s.get("start"), "end", s.get("end"),
                            "category", s.get("category"))).toList());
            case "indicators" -> Map.of("matches", map(first(objects(key, "hits"), 2),
                    h -> (String) h.get("line"), h -> h.get("indicator")));
            case "short-answer" -> Map.of("values", map(first(objects(key, "blanks"), 2),
                    b -> (String) b.get("id"), b -> ((List<Object>) b.get("accepted")).getFirst()));
            case "timeline" -> {
                List<Object> order = new ArrayList<>(objects(key, "events").stream().map(e -> e.get("event")).toList());
                Collections.reverse(order);
                yield Map.of("order", order);
            }
            case "technique-tagging" -> Map.of("techniques", first(objects(key, "techniques"), 2).stream()
                    .map(t -> t.get("id")).toList());
            case "written-analysis" -> Map.of("text", "Assessment of the synthetic case: the document refusals "
                    + "and the consular messages follow one another within days, which points to one "
                    + "coordinated campaign rather than chance. Next step: ask the platform for sign-up dates.");
            default -> throw new IllegalArgumentException("no partial answer for the type " + type);
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Map<String, Object> tree, String field) {
        return ((List<Object>) tree.get(field)).stream().map(o -> (Map<String, Object>) o).toList();
    }

    private static <T> List<T> first(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    private static Map<String, Object> map(List<Map<String, Object>> entries,
                                           Function<Map<String, Object>, String> key,
                                           Function<Map<String, Object>, Object> value) {
        Map<String, Object> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(key.apply(e), value.apply(e)));
        return map;
    }
}
