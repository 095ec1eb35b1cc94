package org.tnracademy.content;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer a learner would submit who agrees with an exercise's key in everything, built from the
 * key tree in each type's answer format (docs/exercise-types). Pack tests grade it and expect 1.
 */
public final class PerfectAnswers {

    private PerfectAnswers() {
    }

    /** The answer tree that agrees with the key in everything, per docs/exercise-types. */
    public static Map<String, Object> of(String type, Map<String, Object> key) {
        return switch (type) {
            case "item-labelling" -> {
                Map<String, Object> labels = new LinkedHashMap<>();
                list(key.get("items")).forEach(i -> labels.put(text(i, "item"), text(i, "label")));
                yield Map.of("labels", labels);
            }
            case "set-selection" -> Map.of("chosen", key.get("selected"));
            case "account-attribution" -> Map.of("groups", list(key.get("operators")).stream()
                    .map(o -> o.get("accounts")).toList());
            case "spans" -> Map.of("spans", list(key.get("spans")).stream().map(s -> Map.of(
                    "post", s.get("post"), "start", s.get("start"), "end", s.get("end"),
                    "category", s.get("category"))).toList());
            case "indicators" -> {
                Map<String, Object> matches = new LinkedHashMap<>();
                list(key.get("hits")).forEach(h -> matches.put(text(h, "line"), text(h, "indicator")));
                yield Map.of("matches", matches);
            }
            case "timeline" -> Map.of("order", list(key.get("events")).stream()
                    .sorted(Comparator.comparing(e -> OffsetDateTime.parse(String.valueOf(e.get("at"))).toInstant()))
                    .map(e -> text(e, "event")).toList());
            case "estimate" -> {
                Map<String, Object> answers = new LinkedHashMap<>();
                list(key.get("answers")).forEach(a -> answers.put(text(a, "question"), a.containsKey("value")
                        ? a.get("value") : Map.of("latitude", a.get("latitude"), "longitude", a.get("longitude"))));
                yield Map.of("answers", answers);
            }
            case "technique-tagging" -> Map.of("techniques",
                    list(key.get("techniques")).stream().map(t -> text(t, "id")).toList());
            case "choice" -> {
                Map<String, Object> picks = new LinkedHashMap<>();
                list(key.get("questions")).forEach(q -> picks.put(text(q, "id"), list(q.get("options")).stream()
                        .filter(o -> Boolean.TRUE.equals(o.get("correct"))).map(o -> text(o, "id")).toList()));
                yield Map.of("picks", picks);
            }
            case "short-answer" -> {
                Map<String, Object> values = new LinkedHashMap<>();
                list(key.get("blanks")).forEach(b -> {
                    if (!(b.get("accepted") instanceof List<?> accepted) || accepted.isEmpty()) {
                        throw new AssertionError("blank " + b.get("id") + " has only patterns: give it an accepted "
                                + "answer so that the key can be checked against its own spec");
                    }
                    values.put(text(b, "id"), accepted.getFirst());
                });
                yield Map.of("values", values);
            }
            default -> throw new AssertionError("no perfect-answer builder for type '" + type + "': add one here");
        };
    }


    private static List<Map<String, Object>> list(Object node) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (node instanceof List<?> l) {
            l.forEach(e -> out.add((Map<String, Object>) e));
        }
        return out;
    }

    private static String text(Map<String, Object> node, String field) {
        return String.valueOf(node.get(field));
    }
}
