package org.tnracademy.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.choice.ChoiceResult;
import org.tnracademy.exercises.choice.QuestionFeedback;
import org.tnracademy.exercises.estimate.Estimate;
import org.tnracademy.exercises.estimate.EstimateResult;
import org.tnracademy.exercises.estimate.GeoPoint;
import org.tnracademy.exercises.estimate.NumberValue;
import org.tnracademy.exercises.indicators.IndicatorsResult;
import org.tnracademy.exercises.indicators.LineFeedback;
import org.tnracademy.exercises.indicators.LineOutcome;
import org.tnracademy.exercises.labelling.ItemFeedback;
import org.tnracademy.exercises.labelling.LabellingResult;
import org.tnracademy.exercises.setselection.SelectionFeedback;
import org.tnracademy.exercises.setselection.SetSelectionResult;
import org.tnracademy.exercises.shortanswer.BlankFeedback;
import org.tnracademy.exercises.shortanswer.ShortAnswerResult;
import org.tnracademy.exercises.spans.SpanFeedback;
import org.tnracademy.exercises.spans.SpansResult;
import org.tnracademy.exercises.tagging.TagOutcome;
import org.tnracademy.exercises.tagging.TaggingResult;
import org.tnracademy.exercises.tagging.TechniqueFeedback;
import org.tnracademy.exercises.timeline.EventFeedback;
import org.tnracademy.exercises.timeline.TimelineResult;
import org.tnracademy.exercises.written.CriterionScore;
import org.tnracademy.exercises.written.WrittenResult;

/**
 * Splits a stored result into its items, for every exercise type: labelling (posts), set selection
 * (accounts), indicators (log lines), choice (questions), spans (key spans), timeline (events),
 * estimate (questions, with the error), technique tagging (key techniques), short answer (blanks)
 * and written analysis (rubric criteria, credited points / maximum).
 */
final class ItemOutcomes {

    static final String CHOSEN = AnswerTokens.CHOSEN;
    static final String NOT_CHOSEN = AnswerTokens.NOT_CHOSEN;
    /** Prefix of a span mark of the right category that overlaps the key span too little. */
    static final String PARTIAL_MARK = AnswerTokens.PARTIAL;
    /** The key of a blank that accepts patterns only, which the stored result does not repeat. */
    static final String PATTERN_ONLY = AnswerTokens.PATTERN_ONLY;

    private ItemOutcomes() {
    }

    static boolean supports(String type) {
        return switch (type) {
            case "item-labelling", "set-selection", "indicators", "choice", "spans", "timeline", "estimate",
                 "technique-tagging", "short-answer", "written-analysis" -> true;
            default -> false;
        };
    }

    /**
     * The items of one result. Set selection reports only items in the key or chosen: an item
     * missing from it was rightly left out, which the caller counts from the other results.
     */
    static List<ItemOutcome> of(GradeResult result) {
        List<ItemOutcome> out = new ArrayList<>();
        switch (result) {
            case LabellingResult r -> {
                for (ItemFeedback i : r.items()) {
                    out.add(new ItemOutcome(i.itemId(), i.expectedLabel(), orNothing(i.givenLabel()), i.correct()));
                }
            }
            case ChoiceResult r -> {
                for (QuestionFeedback q : r.questions()) {
                    out.add(new ItemOutcome(q.questionId(), String.join("+", q.correct()),
                            q.picked().isEmpty() ? ItemOutcome.NOTHING : String.join("+", q.picked()),
                            q.fullyCorrect()));
                }
            }
            case IndicatorsResult r -> {
                for (LineFeedback l : r.lines()) {
                    boolean right = l.outcome() == LineOutcome.HIT || l.outcome() == LineOutcome.DECOY_AVOIDED
                            || l.outcome() == LineOutcome.CLEAR;
                    out.add(new ItemOutcome(l.lineId(), orNothing(l.expectedIndicator()),
                            orNothing(l.givenIndicator()), right));
                }
            }
            case SetSelectionResult r -> {
                for (SelectionFeedback s : r.items()) {
                    switch (s.outcome()) {
                        case MATCHED -> out.add(new ItemOutcome(s.itemId(), CHOSEN, CHOSEN, true));
                        case MISSED -> out.add(new ItemOutcome(s.itemId(), CHOSEN, NOT_CHOSEN, false));
                        case WRONGLY_CLAIMED -> out.add(new ItemOutcome(s.itemId(), NOT_CHOSEN, CHOSEN, false));
                    }
                }
            }
            case SpansResult r -> {
                for (SpanFeedback k : r.keySpans()) {
                    out.add(new ItemOutcome(spanId(k), k.category(), spanGiven(k), switch (k.outcome()) {
                        case EXACT, OVERLAP -> true;
                        case PARTIAL, WRONG_CATEGORY, MISSED -> false;
                    }));
                }
            }
            case TimelineResult r -> {
                for (EventFeedback e : r.events()) {
                    String expected = e.expectedFirst() == e.expectedLast() ? String.valueOf(e.expectedFirst())
                            : e.expectedFirst() + "-" + e.expectedLast();
                    out.add(new ItemOutcome(e.eventId(), expected,
                            e.givenPosition() == null ? ItemOutcome.NOTHING : String.valueOf(e.givenPosition()),
                            e.inPlace()));
                }
            }
            case EstimateResult r -> {
                for (org.tnracademy.exercises.estimate.QuestionFeedback q : r.questions()) {
                    // right means full credit; the partial credit of a near miss shows in the mean error
                    out.add(new ItemOutcome(q.questionId(), estimate(q.expected()),
                            q.given() == null ? ItemOutcome.NOTHING : estimate(q.given()), q.credit() >= 1 ? 1 : 0,
                            q.given() == null ? null : q.error(), q.given() == null ? null : q.errorUnit()));
                }
            }
            case TaggingResult r -> {
                for (TechniqueFeedback t : r.techniques()) {
                    if (t.outcome() == TagOutcome.MATCHED || t.outcome() == TagOutcome.MISSED) {
                        boolean matched = t.outcome() == TagOutcome.MATCHED;
                        out.add(new ItemOutcome(t.techniqueId(), t.techniqueId(),
                                matched ? t.techniqueId() : insteadOf(t, r.techniques()), matched));
                    }
                }
            }
            case ShortAnswerResult r -> {
                for (BlankFeedback b : r.blanks()) {
                    out.add(new ItemOutcome(b.blankId(),
                            b.acceptedAnswers().isEmpty() ? PATTERN_ONLY : String.join(" | ", b.acceptedAnswers()),
                            typed(b.given()), b.correct()));
                }
            }
            case WrittenResult r -> {
                for (CriterionScore c : r.criteria()) {
                    double credit = c.maxPoints() <= 0 ? 0 : Math.clamp((double) c.points() / c.maxPoints(), 0, 1);
                    out.add(new ItemOutcome(c.criterionId(), c.maxPoints() + "/" + c.maxPoints(),
                            c.points() + "/" + c.maxPoints(), credit, null, null));
                }
            }
            default -> throw new IllegalArgumentException(
                    "no item analysis for results of type " + result.getClass().getSimpleName());
        }
        return out;
    }

    /** The same key span in every learner's result: post, range and the text it covers. */
    private static String spanId(SpanFeedback k) {
        return k.postId() + ":" + k.start() + "-" + k.end() + " " + k.text();
    }

    /** The category the learner gave the span: {@link #PARTIAL_MARK} in front when it overlaps too little. */
    private static String spanGiven(SpanFeedback k) {
        return switch (k.outcome()) {
            case EXACT, OVERLAP, WRONG_CATEGORY -> orNothing(k.givenCategory());
            case PARTIAL -> PARTIAL_MARK + orNothing(k.givenCategory());
            case MISSED -> ItemOutcome.NOTHING;
        };
    }

    /** For a missed key technique, the techniques of its tactic the learner tagged in its place. */
    private static String insteadOf(TechniqueFeedback missed, List<TechniqueFeedback> all) {
        String instead = all.stream()
                .filter(t -> t.outcome() == TagOutcome.SAME_TACTIC && t.tacticId().equals(missed.tacticId()))
                .map(TechniqueFeedback::techniqueId).sorted().collect(Collectors.joining("+"));
        return instead.isEmpty() ? ItemOutcome.NOTHING : instead;
    }

    /** A typed answer folded so that answers differing only in case or spacing count as one. */
    private static String typed(String given) {
        if (given == null || given.isBlank()) {
            return ItemOutcome.NOTHING;
        }
        return given.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String estimate(Estimate e) {
        return switch (e) {
            case NumberValue n -> plain(n.value());
            case GeoPoint p -> plain(p.latitude()) + ", " + plain(p.longitude());
        };
    }

    /** A number without exponent or trailing zeros, the same in every locale. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String orNothing(String value) {
        return value == null || value.isBlank() ? ItemOutcome.NOTHING : value;
    }
}
