package org.tnracademy.core.grading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * Refuses an answer that names items outside the learner's variant, each by its place in the
 * answer, before the type reads it: an answer copied from another learner's variant is told apart
 * from a plain mistake. Linear in the answer.
 */
final class VariantAnswers {

    private VariantAnswers() {
    }

    static void requireWithin(GradingMaterial material, Map<String, Object> answerTree) {
        if (!material.variant()) {
            return;
        }
        Set<String> mine = new HashSet<>(material.variantItems());
        List<AnswerProblem> problems = new ArrayList<>();
        ExerciseTypes.get(material.type()).itemPool().orElseThrow().answeredItems(answerTree).forEach((item, where) -> {
            if (!mine.contains(item)) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.UNKNOWN_ITEM,
                        "'" + item + "' is not one of the items of your variant of this exercise"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
    }
}
