package org.tnracademy.exercises;

/**
 * The words of answer problems that say more than their {@link AnswerProblem.Code}: the value the
 * learner gave is the argument (an item or label as the learner's answer named it).
 */
public enum AnswerWords implements ProblemCode {
    /** {0} the item named. */
    NOT_AN_ITEM,
    /** {0} the label named. */
    NOT_A_LABEL,
    /** {0} the item named twice. */
    ITEM_TWICE;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.answer-detail.", this);
    }
}
