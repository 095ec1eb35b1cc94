package org.tnracademy.core.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a learner received, serialized as Jackson would send it and taken apart into its leaves:
 * every text (values and field names) anywhere, and every number inside a grade result. Numbers
 * outside results (ids, counts, times) are left out: they would match a key's numbers by chance.
 */
public final class SentToLearner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> RESULT_FIELDS = List.of("result", "oldResult");

    private final List<String> texts = new ArrayList<>();
    private final List<Double> resultNumbers = new ArrayList<>();
    private final JsonNode tree;

    private SentToLearner(Object sent) {
        tree = JSON.valueToTree(sent);
        collect(tree, false);
    }

    /** The objects returned to the learner, as one list. */
    public static SentToLearner of(Object... sent) {
        return new SentToLearner(List.of(sent));
    }

    public List<String> texts() {
        return texts;
    }

    public List<Double> resultNumbers() {
        return resultNumbers;
    }

    /** Whether a secret (a text, or a number of a result) is anywhere in what was sent. */
    public boolean holds(Object secret) {
        if (secret instanceof Number n) {
            return resultNumbers.stream().anyMatch(d -> Math.abs(d - n.doubleValue()) < 1e-9);
        }
        return texts.contains(String.valueOf(secret));
    }

    /** The secrets found in what was sent. */
    public List<Object> found(List<?> secrets) {
        return secrets.stream().filter(this::holds).map(s -> (Object) s).toList();
    }

    /**
     * Whether the node at this path ({@code /questions/0/correct}) under any sent result holds
     * something: not missing, null, empty, or zero (a withheld position).
     */
    public boolean anyResultHas(String pointer) {
        List<JsonNode> results = new ArrayList<>();
        results(tree, results);
        return results.stream().map(r -> r.at(pointer))
                .anyMatch(n -> !n.isMissingNode() && !n.isNull() && !(n.isContainer() && n.isEmpty())
                        && !(n.isNumber() && n.asDouble() == 0));
    }

    private static void results(JsonNode node, List<JsonNode> out) {
        if (node.isArray()) {
            node.forEach(child -> results(child, out));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (RESULT_FIELDS.contains(field.getKey()) && field.getValue().isObject()) {
                    out.add(field.getValue());
                } else {
                    results(field.getValue(), out);
                }
            }
        }
    }

    private void collect(JsonNode node, boolean inResult) {
        if (node.isString()) {
            texts.add(node.asString());
        } else if (node.isNumber()) {
            if (inResult) {
                resultNumbers.add(node.asDouble());
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, inResult));
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                texts.add(field.getKey());
                collect(field.getValue(), inResult || RESULT_FIELDS.contains(field.getKey()));
            }
        }
    }
}
