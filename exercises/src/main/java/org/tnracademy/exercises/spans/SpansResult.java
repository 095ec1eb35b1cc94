package org.tnracademy.exercises.spans;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/**
 * The grade of a span answer. The score is {@code overlap.f1()}: span-level F1 where a mark counts
 * when its category is right and its range overlaps a key span by at least {@code minOverlap}
 * (Jaccard). {@code exact} gives the same counts when only identical ranges count. Feedback lists
 * every key span in post order, then the marks that matched nothing.
 */
public record SpansResult(double score, double minOverlap, SpanCounts overlap, SpanCounts exact,
                          List<CategoryMetrics> perCategory, List<SpanFeedback> keySpans,
                          List<MarkedSpan> unmatchedMarks) implements GradeResult {

    public SpansResult {
        perCategory = List.copyOf(perCategory);
        keySpans = List.copyOf(keySpans);
        unmatchedMarks = List.copyOf(unmatchedMarks);
    }

    /** Fixed: span-level F1, a mark matching by at least {@code minOverlap}. */
    @Override
    public ScoringRule scoringRule() {
        return ScoringRule.SPANS_OVERLAP_F1;
    }

    /**
     * Only the key spans a mark matched (exactly or by overlap); the learner's other marks stay in
     * {@code unmatchedMarks}, where the grader put them. No metrics per category. The counts stay:
     * with the learner's own marks they say no more than the score does.
     */
    @Override
    public SpansResult withheld() {
        List<SpanFeedback> found = keySpans.stream()
                .filter(f -> f.outcome() == SpanOutcome.EXACT || f.outcome() == SpanOutcome.OVERLAP).toList();
        return new SpansResult(score, minOverlap, overlap, exact, List.of(), found, unmatchedMarks);
    }
}
