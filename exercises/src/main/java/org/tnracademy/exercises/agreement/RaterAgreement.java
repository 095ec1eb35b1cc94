package org.tnracademy.exercises.agreement;

import java.util.List;

/**
 * Two raters' agreement over the items both labelled.
 *
 * @param items         how many items both labelled: the base of every share here
 * @param overall       Cohen's kappa over all labels; {@code overall.observed()} is the observed agreement
 * @param perLabel      one row per label, in the order the labels were given
 * @param disagreements the items labelled differently, in the first rater's order
 * @param onlyFirst     items only the first rater labelled, left out of every figure
 * @param onlySecond    items only the second rater labelled, left out of every figure
 */
public record RaterAgreement(int items, Kappa overall, List<LabelKappa> perLabel, List<Disagreement> disagreements,
                             List<String> onlyFirst, List<String> onlySecond) {

    public RaterAgreement {
        perLabel = List.copyOf(perLabel);
        disagreements = List.copyOf(disagreements);
        onlyFirst = List.copyOf(onlyFirst);
        onlySecond = List.copyOf(onlySecond);
    }

    /** The share of items both labelled alike. */
    public double observedAgreement() {
        return overall.observed();
    }
}
