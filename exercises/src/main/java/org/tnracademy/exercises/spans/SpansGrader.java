package org.tnracademy.exercises.spans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.Metrics;

/**
 * Grades span extraction by span-level F1. A mark matches a key span of the same post and category
 * whose range it overlaps by at least the spec's minimum Jaccard overlap; matching is one-to-one,
 * greedy by best overlap, ties broken by position so the result never depends on the order of the
 * answer. Exact matching (identical range and category) is reported beside it. Pure and
 * deterministic.
 */
public final class SpansGrader {

    public SpansResult grade(SpansSpec spec, SpansKey key, SpansAnswer answer) {
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        Comparator<Span> byPosition = byPosition(spec);
        List<KeySpan> keySpans = key.spans().stream().sorted(byPosition).toList();
        List<MarkedSpan> marks = answer.spans().stream().sorted(byPosition).toList();
        int[] markOfKey = match(keySpans, marks, spec.minOverlap());

        boolean[] markMatched = new boolean[marks.size()];
        for (int m : markOfKey) {
            if (m >= 0) {
                markMatched[m] = true;
            }
        }
        int matched = (int) Arrays.stream(markOfKey).filter(m -> m >= 0).count();
        SpanCounts overlap = SpanCounts.of(matched, marks.size() - matched, keySpans.size() - matched);
        int exactMatches = countExact(keySpans, marks);
        SpanCounts exact = SpanCounts.of(exactMatches, marks.size() - exactMatches, keySpans.size() - exactMatches);

        List<SpanFeedback> feedback = new ArrayList<>(keySpans.size());
        Map<String, Post> posts = spec.postsById();
        for (int k = 0; k < keySpans.size(); k++) {
            feedback.add(feedback(keySpans.get(k), markOfKey[k], marks, posts));
        }
        List<MarkedSpan> unmatched = new ArrayList<>();
        for (int m = 0; m < marks.size(); m++) {
            if (!markMatched[m]) {
                unmatched.add(marks.get(m));
            }
        }
        return new SpansResult(overlap.f1(), spec.minOverlap(), overlap, exact,
                perCategory(spec, keySpans, marks, markOfKey), feedback, unmatched);
    }

    /** Jaccard overlap of two character ranges: shared characters / characters in either; 0 when apart. */
    static double overlap(Span a, Span b) {
        int shared = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        if (shared <= 0) {
            return 0.0;
        }
        return (double) shared / (a.length() + b.length() - shared);
    }

    private static Comparator<Span> byPosition(SpansSpec spec) {
        Map<String, Integer> postIndex = new HashMap<>();
        for (int i = 0; i < spec.posts().size(); i++) {
            postIndex.put(spec.posts().get(i).id(), i);
        }
        return Comparator.<Span>comparingInt(s -> postIndex.get(s.postId())).thenComparingInt(Span::start)
                .thenComparingInt(Span::end).thenComparing(Span::category);
    }

    private record Candidate(int key, int mark, double overlap) {
    }

    /**
     * For each key span, the index of the mark matched to it, or -1. Only spans of one post and
     * category can match, so each group is matched on its own; a group holds a post's few spans, so
     * trying every pair in it costs little.
     */
    private static int[] match(List<KeySpan> keySpans, List<MarkedSpan> marks, double minOverlap) {
        Map<String, List<Integer>> marksByGroup = new HashMap<>();
        for (int m = 0; m < marks.size(); m++) {
            marksByGroup.computeIfAbsent(group(marks.get(m)), g -> new ArrayList<>()).add(m);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int k = 0; k < keySpans.size(); k++) {
            for (int m : marksByGroup.getOrDefault(group(keySpans.get(k)), List.of())) {
                double o = overlap(keySpans.get(k), marks.get(m));
                if (o >= minOverlap) {
                    candidates.add(new Candidate(k, m, o));
                }
            }
        }
        // best overlap first; then by position (both lists are sorted by position), so ties are stable
        candidates.sort(Comparator.comparingDouble(Candidate::overlap).reversed()
                .thenComparingInt(Candidate::key).thenComparingInt(Candidate::mark));
        int[] markOfKey = new int[keySpans.size()];
        Arrays.fill(markOfKey, -1);
        boolean[] markTaken = new boolean[marks.size()];
        for (Candidate c : candidates) {
            if (markOfKey[c.key()] < 0 && !markTaken[c.mark()]) {
                markOfKey[c.key()] = c.mark();
                markTaken[c.mark()] = true;
            }
        }
        return markOfKey;
    }

    private static String group(Span s) {
        return s.postId() + "\u0000" + s.category();
    }

    private static String identity(Span s) {
        return group(s) + "\u0000" + s.start() + "\u0000" + s.end();
    }

    /** Marks identical to a key span: one-to-one already, as no side holds two overlapping spans of a category. */
    private static int countExact(List<KeySpan> keySpans, List<MarkedSpan> marks) {
        Set<String> expected = new HashSet<>();
        keySpans.forEach(s -> expected.add(identity(s)));
        return (int) marks.stream().filter(m -> expected.contains(identity(m))).count();
    }

    private static SpanFeedback feedback(KeySpan k, int matchedMark, List<MarkedSpan> marks, Map<String, Post> posts) {
        String text = posts.get(k.postId()).text().substring(k.start(), k.end());
        MarkedSpan given;
        SpanOutcome outcome;
        if (matchedMark >= 0) {
            given = marks.get(matchedMark);
            outcome = given.start() == k.start() && given.end() == k.end() ? SpanOutcome.EXACT : SpanOutcome.OVERLAP;
        } else {
            given = closestMark(k, marks);
            outcome = given == null ? SpanOutcome.MISSED
                    : given.category().equals(k.category()) ? SpanOutcome.PARTIAL : SpanOutcome.WRONG_CATEGORY;
        }
        if (given == null) {
            return new SpanFeedback(k.postId(), k.start(), k.end(), k.category(), text, outcome, null, null, null, 0.0,
                    k.explanation());
        }
        return new SpanFeedback(k.postId(), k.start(), k.end(), k.category(), text, outcome, given.start(),
                given.end(), given.category(), overlap(k, given), k.explanation());
    }

    /** The mark of the same post overlapping the key span most: on a tie the one of its category, then the first. */
    private static MarkedSpan closestMark(KeySpan k, List<MarkedSpan> marks) {
        MarkedSpan best = null;
        double bestOverlap = 0;
        for (MarkedSpan m : marks) {
            if (!m.postId().equals(k.postId())) {
                continue;
            }
            double o = overlap(k, m);
            boolean better = o > bestOverlap || (o > 0 && o == bestOverlap
                    && m.category().equals(k.category()) && !best.category().equals(k.category()));
            if (better) {
                best = m;
                bestOverlap = o;
            }
        }
        return best;
    }

    private static List<CategoryMetrics> perCategory(SpansSpec spec, List<KeySpan> keySpans, List<MarkedSpan> marks,
                                                     int[] markOfKey) {
        Map<String, int[]> counts = new LinkedHashMap<>(); // category -> {support, matched, marked}
        spec.categoryIds().forEach(c -> counts.put(c, new int[3]));
        for (int k = 0; k < keySpans.size(); k++) {
            int[] c = counts.get(keySpans.get(k).category());
            c[0]++;
            if (markOfKey[k] >= 0) {
                c[1]++;
            }
        }
        marks.forEach(m -> counts.get(m.category())[2]++);
        List<CategoryMetrics> metrics = new ArrayList<>(counts.size());
        counts.forEach((category, c) -> {
            int tp = c[1];
            int fp = c[2] - tp;
            int fn = c[0] - tp;
            metrics.add(new CategoryMetrics(category, c[0], tp, fp, fn, Metrics.precision(tp, fp),
                    Metrics.recall(tp, fn), Metrics.f1(tp, fp, fn)));
        });
        return metrics;
    }
}
