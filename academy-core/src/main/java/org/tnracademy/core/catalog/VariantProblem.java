package org.tnracademy.core.catalog;

import org.tnracademy.exercises.ProblemCode;

/** Problems with learners' stored variants of an exercise. */
public enum VariantProblem implements ProblemCode {
    /** {0} the stored variants a new key would leave unreadable, {1} the field the first one would lack. */
    KEY_BREAKS_VARIANTS;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.variant.", this);
    }
}
