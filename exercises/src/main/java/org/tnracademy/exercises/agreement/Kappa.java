package org.tnracademy.exercises.agreement;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Cohen's kappa, or why it has none: when chance alone already predicts full agreement (both raters
 * gave every item the same one label) the formula divides zero by zero, and a reader is told so
 * rather than shown NaN.
 *
 * @param value     (observed - expected) / (1 - expected); empty when {@code undefined} is set
 * @param observed  the share of items both raters labelled alike
 * @param expected  the share chance would make alike, from each rater's label frequencies
 * @param undefined why there is no value; null when there is one
 */
public record Kappa(OptionalDouble value, double observed, double expected, Undefined undefined) {

    /** Why kappa has no value. */
    public enum Undefined {
        /** Overall: both raters gave every item one and the same label. */
        BOTH_RATERS_USED_ONE_LABEL,
        /** Per label: neither rater gave this label to any item. */
        LABEL_UNUSED,
        /** Per label: both raters gave this label to every item. */
        LABEL_ON_EVERY_ITEM
    }

    public Kappa {
        Objects.requireNonNull(value, "value");
        if (value.isPresent() == (undefined != null)) {
            throw new IllegalArgumentException("a kappa has either a value or a reason it has none");
        }
    }

    public boolean isDefined() {
        return value.isPresent();
    }
}
