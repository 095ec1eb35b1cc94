package org.tnracademy.ui.testsupport;

import java.util.Map;

import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.types.ExerciseTypes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The spec, key and answer trees of {@code docs/exercise-types/*.md}, parsed from the YAML the docs
 * show, and the calls the grading service makes on them through the type registry.
 */
public final class DocExamples {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private DocExamples() {
    }

    public static Map<String, Object> yaml(String text) {
        return YAML.readValue(text, new TypeReference<Map<String, Object>>() { });
    }

    /** Reads the spec tree the way the academy does, by type id. */
    @SuppressWarnings("unchecked")
    public static <S> S spec(String typeId, Map<String, Object> specTree) {
        return ((ExerciseType<S, ?, ?>) ExerciseTypes.get(typeId)).readSpec(specTree);
    }

    /** Reads an answer tree against a spec by type id: throws as the grading service would refuse it. */
    @SuppressWarnings("unchecked")
    public static <S> Object readAnswer(String typeId, S spec, Map<String, Object> answerTree) {
        return ((ExerciseType<S, ?, ?>) ExerciseTypes.get(typeId)).readAnswer(spec, answerTree);
    }

    /** Grades an answer tree through the type's grader, as grading orchestration does. */
    @SuppressWarnings("unchecked")
    public static <R extends GradeResult> R grade(String typeId, Map<String, Object> specTree,
                                                  Map<String, Object> keyTree, Map<String, Object> answerTree) {
        return (R) ExerciseTypes.autoGraded(typeId).gradeTrees(specTree, keyTree, answerTree);
    }
}
