package org.tnracademy.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.catalog.ExercisePolicy;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.labelling.LabellingType;
import org.tnracademy.exercises.setselection.SetSelectionType;

/** How feedback numbers the items of a learner's variant: as that type's workspace shows them. */
class ExerciseFeedbacksItemOrderTest {

    private static ExerciseSheet sheet(String type, Object spec) {
        return new ExerciseSheet(1, 2, LocalizedText.of("Course", "Cours"), "ex", type, 1,
                LocalizedText.of("Ex", "Ex"), "", spec, List.of(), null,
                new ExercisePolicy(3, null, ScoringPolicy.BEST, List.of()), "beginner", List.of());
    }

    @Test
    void aLabellingVariantsPostsAreNumberedInTheVariantsOrder() {
        ExerciseSheet variant = sheet(LabellingType.ID, null).inVariant(null, List.of("post-09", "post-02"));
        assertThat(ExerciseFeedbacks.itemOrder(variant, null)).containsExactly("post-09", "post-02");
    }

    @Test
    void aSetSelectionVariantsAccountsAreNotNumberedAsPosts() {
        Object spec = new SetSelectionType().readSpec(Map.of("items", List.of("@b_syn", "@a_syn")));
        ExerciseSheet variant = sheet(SetSelectionType.ID, spec).inVariant(spec, List.of("@b_syn", "@a_syn"));
        // without a dataset there is nothing to number: the feedback names each account as written
        assertThat(ExerciseFeedbacks.itemOrder(variant, null)).isEmpty();
    }
}
