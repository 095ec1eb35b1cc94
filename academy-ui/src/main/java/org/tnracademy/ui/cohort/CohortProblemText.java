package org.tnracademy.ui.cohort;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.cohort.CohortProblem;

/** A cohort problem in the user's language. */
final class CohortProblemText {

    private CohortProblemText() {
    }

    static String of(Component c, CohortProblem p) {
        String reason = c.getTranslation("cohorts.problem." + p.reason().name());
        return p.value() == null ? reason : reason + " (" + p.value() + ")";
    }

    static String field(Component c, CohortProblem p) {
        return c.getTranslation("cohorts.field." + p.field());
    }
}
