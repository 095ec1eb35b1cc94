package org.tnracademy.exercises.spans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.AnswerWords;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;

/** The checks a key span and a learner's span share: where it lies, and no overlap within a category. */
final class SpanRules {

    private SpanRules() {
    }

    /**
     * Checks every span of a list, skipping nulls (items a reader could not read, already reported):
     * known post and category, 0 <= start < end <= text length, both ends on boundaries of the
     * characters a reader sees (never inside a grapheme cluster: an accent, emoji sequence, flag,
     * Indic or Hangul cluster), then no two spans of the same post and category overlapping. Each
     * post's boundaries are drawn once per check, so it costs the texts' length plus the spans.
     * Problems are named {@code listPath[i].field}.
     */
    static List<AnswerProblem> check(SpansSpec spec, List<? extends Span> spans, String listPath) {
        List<AnswerProblem> problems = new ArrayList<>();
        Map<String, Post> posts = spec.postsById();
        List<String> categories = spec.categoryIds();
        Map<String, GraphemeBoundaries> boundaries = new HashMap<>();
        List<Integer> placed = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s != null && isPlaced(listPath + "[" + i + "]", s, posts, categories, boundaries, problems)) {
                placed.add(i);
            }
        }
        checkNoOverlap(spans, placed, listPath, problems);
        return problems;
    }

    private static boolean isPlaced(String at, Span s, Map<String, Post> posts, List<String> categories,
                                    Map<String, GraphemeBoundaries> boundaries, List<AnswerProblem> problems) {
        int before = problems.size();
        Post post = null;
        if (s.postId() == null) {
            problems.add(new AnswerProblem(at + ".post", Code.MISSING_VALUE, "is required"));
        } else if (s.postId().isBlank()) {
            problems.add(new AnswerProblem(at + ".post", Code.MISSING_VALUE, "must not be blank"));
        } else if ((post = posts.get(s.postId())) == null) {
            problems.add(new AnswerProblem(at + ".post", Code.UNKNOWN_ITEM,
                    "'" + s.postId() + "' is not a post of this exercise", AnswerWords.NOT_AN_ITEM, s.postId()));
        }
        if (s.category() == null) {
            problems.add(new AnswerProblem(at + ".category", Code.MISSING_VALUE, "is required"));
        } else if (s.category().isBlank()) {
            problems.add(new AnswerProblem(at + ".category", Code.MISSING_VALUE, "must not be blank"));
        } else if (!categories.contains(s.category())) {
            problems.add(new AnswerProblem(at + ".category", Code.UNKNOWN_LABEL,
                    "'" + s.category() + "' is not one of the categories " + categories));
        }
        if (s.start() < 0) {
            problems.add(new AnswerProblem(at + ".start", Code.OUT_OF_RANGE, s.start() + " must not be negative"));
        }
        if (s.start() >= s.end()) {
            problems.add(new AnswerProblem(at, Code.OUT_OF_RANGE,
                    "start " + s.start() + " must be before end " + s.end()));
        }
        if (post != null) {
            String text = post.text();
            if (s.end() > text.length()) {
                problems.add(new AnswerProblem(at + ".end", Code.OUT_OF_RANGE,
                        s.end() + " is past the end of the post's text (" + text.length() + " characters)"));
            } else if (s.start() >= 0 && s.start() < s.end()) {
                GraphemeBoundaries clusters = boundaries.computeIfAbsent(post.id(), id -> GraphemeBoundaries.of(text));
                checkOnBoundary(at + ".start", post.id(), s.start(), clusters, problems);
                checkOnBoundary(at + ".end", post.id(), s.end(), clusters, problems);
            }
        }
        return problems.size() == before;
    }

    /** An end inside a cluster would split what a reader sees as one character, such as é or a flag. */
    private static void checkOnBoundary(String at, String postId, int offset, GraphemeBoundaries clusters,
                                        List<AnswerProblem> problems) {
        if (clusters.isBoundary(offset)) {
            return;
        }
        int from = clusters.floor(offset);
        int to = clusters.ceiling(offset);
        problems.add(new AnswerProblem(at, Code.OUT_OF_RANGE, "offset " + offset + " of post '" + postId
                + "' cuts the character \"" + clusters.text().substring(from, to) + "\" (offsets " + from + " to "
                + to + ") in two; a span starts and ends between characters as a reader sees them, here "
                + from + " or " + to));
    }

    /**
     * Two spans of the same post and category that overlap are one piece of data marked twice (or
     * two that should be one span): refused, so one mark cannot be matched twice. Sorted sweep per
     * group, O(n log n).
     */
    private static void checkNoOverlap(List<? extends Span> spans, List<Integer> placed, String listPath,
                                       List<AnswerProblem> problems) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i : placed) {
            Span s = spans.get(i);
            groups.computeIfAbsent(s.postId() + "\u0000" + s.category(), k -> new ArrayList<>()).add(i);
        }
        List<int[]> overlaps = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            group.sort(Comparator.<Integer>comparingInt(i -> spans.get(i).start())
                    .thenComparingInt(i -> spans.get(i).end()).thenComparingInt(i -> i));
            int reaching = -1;
            for (int i : group) {
                if (reaching >= 0 && spans.get(i).start() < spans.get(reaching).end()) {
                    overlaps.add(new int[] {Math.max(i, reaching), Math.min(i, reaching)});
                }
                if (reaching < 0 || spans.get(i).end() > spans.get(reaching).end()) {
                    reaching = i;
                }
            }
        }
        overlaps.sort(Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> o[1]));
        for (int[] o : overlaps) {
            problems.add(new AnswerProblem(listPath + "[" + o[0] + "]", Code.DUPLICATE_ITEM, "overlaps "
                    + listPath + "[" + o[1] + "] in the same post with the same category; mark the data once"));
        }
    }
}
