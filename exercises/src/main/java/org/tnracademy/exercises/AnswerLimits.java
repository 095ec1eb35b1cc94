package org.tnracademy.exercises;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The bounds of any answer tree, checked before a type reads it: how many entries one list or map
 * holds, how long one text is and all texts are together, how deep the tree goes and how many
 * nodes it has. One pass, linear in the part of the tree it visits: a list or map over its bound
 * is named and not walked, and the walk stops once the node count is over its bound.
 *
 * <p>The bounds sit far above any answer a learner can give (a dataset has at most 50,000 items;
 * the deepest answer type nests four levels), so they only refuse what no form produces.
 */
public final class AnswerLimits {

    /** Entries of one list or map: one per item of the largest dataset, with room to spare. */
    public static final int MAX_ENTRIES = 60_000;
    /** Characters of one text or map key: a written analysis of several pages. */
    public static final int MAX_TEXT_LENGTH = 50_000;
    /** Characters of all texts and keys together. */
    public static final int MAX_TOTAL_TEXT = 4_000_000;
    /** Levels of maps and lists below the root. */
    public static final int MAX_DEPTH = 8;
    /** Maps, lists and values in the whole tree. */
    public static final int MAX_NODES = 400_000;

    private AnswerLimits() {
    }

    /** @throws InvalidAnswerException naming each bound the tree goes over, and where */
    public static void check(Map<String, ?> tree) {
        check(tree, false);
    }

    /**
     * The bounds of a draft kept on the server: those of an answer, except that one text may run
     * past {@link #MAX_TEXT_LENGTH} (a written analysis typed past its limit is kept so the learner
     * can cut it; all texts together stay bounded), and every value must be one JSON holds (a
     * {@link AnswerProblem.Code#WRONG_TYPE} problem names any other).
     *
     * @throws InvalidAnswerException naming each bound the tree goes over, and where
     */
    public static void checkDraft(Map<String, ?> tree) {
        check(tree, true);
    }

    private static void check(Map<String, ?> tree, boolean draft) {
        Walk walk = new Walk(draft);
        walk.visit(tree, 0);
        walk.finish();
        if (walk.count() > 0) {
            throw new InvalidAnswerException(walk.problems, walk.count() - walk.problems.size());
        }
    }

    /**
     * One walk over a tree: its counts and the problems found, the first ones kept and the others
     * counted. The path of a node is kept as the keys and indexes leading to it and written out only
     * for a problem that is listed, so long keys cost nothing more than being read once.
     */
    private static final class Walk {

        final List<AnswerProblem> problems = new ArrayList<>();
        /** A draft's walk: no bound on one text's length, and JSON values only. */
        private final boolean draft;
        /** The key or index of each level on the way to the node visited. */
        private final Object[] steps = new Object[MAX_DEPTH + 1];
        private int unlisted;
        private long nodes;
        private long text;
        private boolean stopped;

        Walk(boolean draft) {
            this.draft = draft;
        }

        /** @param depth the node's level: 0 for the root, whose path is empty */
        void visit(Object value, int depth) {
            if (stopped) {
                return;
            }
            if (++nodes > MAX_NODES) {
                add(depth, "the answer has more than " + MAX_NODES + " parts");
                stopped = true;
                return;
            }
            switch (value) {
                case String s -> text(s, depth);
                case Map<?, ?> map -> {
                    if (tooBig(map.size(), depth)) {
                        return;
                    }
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        steps[depth] = String.valueOf(entry.getKey());
                        if (entry.getKey() instanceof String key) {
                            text(key, depth + 1);
                        } else if (draft) {
                            add(depth + 1, AnswerProblem.Code.WRONG_TYPE, "has a key that is not text");
                        }
                        visit(entry.getValue(), depth + 1);
                    }
                }
                case Collection<?> list -> {
                    if (tooBig(list.size(), depth)) {
                        return;
                    }
                    int i = 0;
                    for (Object element : list) {
                        steps[depth] = i++;
                        visit(element, depth + 1);
                    }
                }
                case null -> {
                }
                case Number n -> {
                }
                case Boolean b -> {
                }
                default -> {
                    // instants in an answer are bounded by their type; a draft is stored as JSON
                    if (draft) {
                        add(depth, AnswerProblem.Code.WRONG_TYPE, "is a " + value.getClass().getSimpleName()
                                + ", which is no part of an answer tree");
                    }
                }
            }
        }

        /** Whether a map or list cannot be walked: too deep, or too many entries. Names why. */
        private boolean tooBig(int size, int depth) {
            if (depth >= MAX_DEPTH && size > 0) {
                add(depth, "nests deeper than " + MAX_DEPTH + " levels");
                return true;
            }
            if (size > MAX_ENTRIES) {
                add(depth, "has " + size + " entries, at most " + MAX_ENTRIES + " are accepted");
                return true;
            }
            return false;
        }

        private void text(String s, int depth) {
            if (!draft && s.length() > MAX_TEXT_LENGTH) {
                add(depth, "has " + s.length() + " characters, at most " + MAX_TEXT_LENGTH + " are accepted");
            }
            text += s.length();
        }

        void finish() {
            if (text > MAX_TOTAL_TEXT) {
                add(0, "has " + text + " characters of text in all, at most " + MAX_TOTAL_TEXT + " are accepted");
            }
        }

        private void add(int depth, String detail) {
            add(depth, AnswerProblem.Code.TOO_LARGE, detail);
        }

        private void add(int depth, AnswerProblem.Code code, String detail) {
            if (problems.size() < InvalidAnswerException.MAX_LISTED) {
                problems.add(new AnswerProblem(path(depth), code, detail));
            } else {
                unlisted++;
            }
        }

        /** The path of the node at this depth, such as {@code spans[3].category}; a long key is shortened. */
        private String path(int depth) {
            if (depth == 0) {
                return "(answer)";
            }
            StringBuilder path = new StringBuilder();
            for (int level = 0; level < depth; level++) {
                if (steps[level] instanceof Integer index) {
                    path.append('[').append(index).append(']');
                } else {
                    String key = (String) steps[level];
                    if (level > 0) {
                        path.append('.');
                    }
                    path.append(key.length() <= 80 ? key : key.substring(0, 79) + "…");
                }
            }
            return path.toString();
        }

        int count() {
            return problems.size() + unlisted;
        }
    }
}
