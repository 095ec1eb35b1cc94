package org.tnracademy.core.answerdraft;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/**
 * The bounds a draft's answer tree is checked against before it is written out or stored, in one
 * pass linear in the tree's size. They leave room for the largest answers the types allow (a
 * labelling of a 50,000-item dataset, a written analysis of 50,000 characters typed past its
 * limit, which a draft keeps so the learner can cut it) and no more.
 * <p>
 * Until the core has one check for every answer tree, this is the drafts' own; it is meant to be
 * replaced by it.
 */
final class AnswerDraftLimits {

    /** Levels of nesting: the deepest type (spans: {spans: [{post, start, ...}]}) uses three. */
    static final int MAX_DEPTH = 8;
    /** Maps, lists and values together. */
    static final int MAX_VALUES = 200_000;
    /** Characters of all keys and strings together. */
    static final int MAX_CHARACTERS = 2_000_000;
    /** Characters of the stored JSON text, escapes included. */
    static final int MAX_JSON_LENGTH = 4_000_000;

    private AnswerDraftLimits() {
    }

    private record Node(Object value, int depth) {
    }

    /** @throws DraftRefusedException naming the bound passed or the value that is not part of a tree */
    static void check(Map<String, Object> tree) {
        if (tree == null) {
            throw new DraftRefusedException(DraftRefusedException.Reason.NOT_A_TREE, 0, "The draft has no answer tree");
        }
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(new Node(tree, 1));
        long values = 0;
        long characters = 0;
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (++values > MAX_VALUES) {
                throw new DraftRefusedException(DraftRefusedException.Reason.TOO_LARGE, MAX_VALUES,
                        "The draft holds more than " + MAX_VALUES + " values");
            }
            switch (node.value()) {
                case null -> { }
                case String s -> characters += s.length();
                case Number n -> { }
                case Boolean b -> { }
                case Map<?, ?> map -> {
                    deeper(node);
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        if (!(e.getKey() instanceof String key)) {
                            throw new DraftRefusedException(DraftRefusedException.Reason.NOT_A_TREE, 0,
                                    "The draft has a key that is not text at depth " + node.depth());
                        }
                        characters += key.length();
                        pending.push(new Node(e.getValue(), node.depth() + 1));
                    }
                }
                case Collection<?> list -> {
                    deeper(node);
                    list.forEach(v -> pending.push(new Node(v, node.depth() + 1)));
                }
                default -> throw new DraftRefusedException(DraftRefusedException.Reason.NOT_A_TREE, 0,
                        "The draft holds a " + node.value().getClass().getSimpleName()
                                + " at depth " + node.depth() + ", which is no part of an answer tree");
            }
            if (characters > MAX_CHARACTERS) {
                throw new DraftRefusedException(DraftRefusedException.Reason.TOO_LARGE, MAX_CHARACTERS,
                        "The draft holds more than " + MAX_CHARACTERS + " characters of text");
            }
        }
    }

    private static void deeper(Node node) {
        if (node.depth() > MAX_DEPTH) {
            throw new DraftRefusedException(DraftRefusedException.Reason.TOO_DEEP, MAX_DEPTH,
                    "The draft is nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    /** @throws DraftRefusedException when the JSON text, escapes included, is over its bound */
    static void checkJson(String json) {
        if (json.length() > MAX_JSON_LENGTH) {
            throw new DraftRefusedException(DraftRefusedException.Reason.TOO_LARGE, MAX_JSON_LENGTH,
                    "The draft is more than " + MAX_JSON_LENGTH + " characters long as stored");
        }
    }
}
