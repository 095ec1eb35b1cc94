package org.tnracademy.exercises;

/**
 * The rule a score was computed by, as a learner is told it beside the score. Each exercise type
 * names its rule: the ones an author chooses come from the spec (item labelling's {@code scoring},
 * set selection's {@code metric}, choice's {@code scoring}), the others are fixed by the type and
 * documented in {@code docs/exercise-types/}. The UI words a rule through the i18n key
 * {@code scoring.rule.<id>}.
 */
public enum ScoringRule {
    LABELLING_ACCURACY("labelling-accuracy"),
    LABELLING_MACRO_F1("labelling-macro-f1"),
    LABELLING_MICRO_F1("labelling-micro-f1"),
    /**
     * Macro-F1 over the labels of the key and of the answer: how labelling was scored before specs
     * named a rule. Only results stored then carry it; nothing grades by it any more.
     */
    LABELLING_MACRO_F1_KEY_AND_ANSWER_LABELS("labelling-macro-f1-legacy"),
    CHOICE_ALL_OR_NOTHING("choice-all-or-nothing"),
    CHOICE_RIGHT_MINUS_WRONG("choice-right-minus-wrong"),
    /** Questions scored by different rules; each question's rule is shown with it. */
    CHOICE_PER_QUESTION("choice-per-question"),
    SELECTION_F1("selection-f1"),
    SELECTION_JACCARD("selection-jaccard"),
    SPANS_OVERLAP_F1("spans-overlap-f1"),
    INDICATORS_LINE_F1("indicators-line-f1"),
    TIMELINE_KENDALL_TAU("timeline-kendall-tau"),
    ESTIMATE_MEAN_CREDIT("estimate-mean-credit"),
    TAGGING_TACTIC_JACCARD("tagging-tactic-jaccard"),
    SHORT_ANSWER_BLANKS_RIGHT("short-answer-blanks-right"),
    WRITTEN_RUBRIC_POINTS("written-rubric-points"),
    ATTRIBUTION_BCUBED_F1("attribution-bcubed-f1");

    private final String id;

    ScoringRule(String id) {
        this.id = id;
    }

    /** Stable name of the rule, for i18n keys and docs. */
    public String id() {
        return id;
    }
}
