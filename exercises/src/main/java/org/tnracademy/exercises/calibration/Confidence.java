package org.tnracademy.exercises.calibration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;

/**
 * How sure a learner says they are, in whole percent: of their whole answer ({@link #answer}), or of
 * each item ({@link #items}, by the ids the type lists). The tree form, as submitted and stored, is
 * {@code {answer: 70}} or {@code {items: {q1: 80, q2: 50}}}.
 *
 * <p>The scale is 0 to 100 % in steps of {@link #STEP}: most items have more than two possible
 * answers, so a learner can honestly be less than 50 % sure of one; steps of ten are as fine as
 * people tell their own certainty apart, and few enough to pick by keyboard.
 */
public record Confidence(Integer answer, Map<String, Integer> items) {

    public static final int STEP = 10;
    public static final int MAX_PERCENT = 100;
    /** More items than any type lists for a confidence: a bound checked before the items are read. */
    public static final int MAX_ITEMS = 1_000;
    private static final int MAX_ID_LENGTH = 200;

    public static final Confidence NONE = new Confidence(null, Map.of());

    public Confidence {
        items = items == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public boolean isEmpty() {
        return answer == null && items.isEmpty();
    }

    /** The tree form, for storing and for drafts. */
    public Map<String, Object> toTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        if (answer != null) {
            tree.put("answer", answer);
        }
        if (!items.isEmpty()) {
            tree.put("items", new LinkedHashMap<>(items));
        }
        return tree;
    }

    /** The valid values, lowest first: 0, 10, ... 100. */
    public static List<Integer> scale() {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p <= MAX_PERCENT; p += STEP) {
            out.add(p);
        }
        return out;
    }

    /**
     * Reads a confidence for an exercise with this policy, checking it whole. When the calibration
     * counts, the learner must give it (every listed item, per item); when it is only shown, it may
     * be left out, wholly or for some items.
     *
     * @param tree  the submitted tree, or null for none
     * @param items the ids of the items the type lists for a confidence (per item)
     * @throws InvalidAnswerException naming every problem under {@code confidence...}
     */
    public static Confidence read(Map<String, ?> tree, ConfidencePolicy policy, Collection<String> items) {
        List<AnswerProblem> problems = new ArrayList<>();
        if (!policy.asked()) {
            if (tree != null && !tree.isEmpty()) {
                problems.add(new AnswerProblem("confidence", AnswerProblem.Code.UNKNOWN_FIELD,
                        "this exercise asks for no confidence"));
                throw new InvalidAnswerException(problems);
            }
            return NONE;
        }
        Map<String, ?> t = tree == null ? Map.of() : tree;
        for (String key : t.keySet()) {
            if (!key.equals("answer") && !key.equals("items")) {
                problems.add(new AnswerProblem("confidence." + cut(key), AnswerProblem.Code.UNKNOWN_FIELD,
                        "only 'answer' or 'items' may be given"));
            }
        }
        Integer answer = null;
        Map<String, Integer> byItem = new LinkedHashMap<>();
        if (policy.ask() == ConfidenceAsk.PER_ANSWER) {
            if (t.containsKey("items")) {
                problems.add(new AnswerProblem("confidence.items", AnswerProblem.Code.UNKNOWN_FIELD,
                        "this exercise asks for one confidence for the whole answer"));
            }
            answer = percent(t.get("answer"), "confidence.answer", problems);
            if (answer == null && t.get("answer") == null && policy.counts()) {
                problems.add(new AnswerProblem("confidence.answer", AnswerProblem.Code.MISSING_VALUE,
                        "give how sure you are of your answer"));
            }
        } else {
            if (t.containsKey("answer")) {
                problems.add(new AnswerProblem("confidence.answer", AnswerProblem.Code.UNKNOWN_FIELD,
                        "this exercise asks for a confidence per item"));
            }
            Object raw = t.get("items");
            if (raw != null && !(raw instanceof Map<?, ?>)) {
                problems.add(new AnswerProblem("confidence.items", AnswerProblem.Code.WRONG_TYPE,
                        "a mapping of item id to percent is required"));
            } else if (raw instanceof Map<?, ?> m && m.size() > MAX_ITEMS) {
                problems.add(new AnswerProblem("confidence.items", AnswerProblem.Code.TOO_LARGE,
                        "at most " + MAX_ITEMS + " items, was " + m.size()));
            } else {
                Set<String> known = new LinkedHashSet<>(items);
                Map<?, ?> m = raw == null ? Map.of() : (Map<?, ?>) raw;
                for (Object key : m.keySet()) {
                    String id = String.valueOf(key);
                    if (!known.contains(id)) {
                        problems.add(new AnswerProblem("confidence.items." + cut(id), AnswerProblem.Code.UNKNOWN_ITEM,
                                "no such item in this exercise"));
                    }
                }
                // in the type's order of items, so that a stored confidence reads the same whatever order it came in
                for (String id : known) {
                    String where = "confidence.items." + cut(id);
                    if (m.containsKey(id)) {
                        Integer p = percent(m.get(id), where, problems);
                        if (p != null) {
                            byItem.put(id, p);
                        }
                    } else if (policy.counts()) {
                        problems.add(new AnswerProblem(where, AnswerProblem.Code.MISSING_VALUE,
                                "give how sure you are of this item"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        return new Confidence(answer, byItem);
    }

    /**
     * A confidence stored with an attempt, read back as far as it reads (it was checked when it was
     * submitted; a regrade under another policy keeps what still makes sense): values off the scale
     * are left out.
     */
    public static Confidence stored(Map<String, ?> tree) {
        if (tree == null) {
            return NONE;
        }
        List<AnswerProblem> ignored = new ArrayList<>();
        Integer answer = percent(tree.get("answer"), "", ignored);
        Map<String, Integer> byItem = new LinkedHashMap<>();
        if (tree.get("items") instanceof Map<?, ?> m && m.size() <= MAX_ITEMS) {
            m.forEach((k, v) -> {
                Integer p = percent(v, "", ignored);
                if (p != null) {
                    byItem.put(String.valueOf(k), p);
                }
            });
        }
        return new Confidence(answer, byItem);
    }

    private static Integer percent(Object value, String where, List<AnswerProblem> problems) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            problems.add(new AnswerProblem(where, AnswerProblem.Code.WRONG_TYPE,
                    "a whole percent from 0 to " + MAX_PERCENT + " is required"));
            return null;
        }
        long p = n.longValue();
        if (p < 0 || p > MAX_PERCENT || p % STEP != 0) {
            problems.add(new AnswerProblem(where, AnswerProblem.Code.OUT_OF_RANGE,
                    "a percent from 0 to " + MAX_PERCENT + " in steps of " + STEP + " is required, was " + p));
            return null;
        }
        return (int) p;
    }

    private static String cut(String id) {
        return id.length() > MAX_ID_LENGTH ? id.substring(0, MAX_ID_LENGTH) + "…" : id;
    }
}
