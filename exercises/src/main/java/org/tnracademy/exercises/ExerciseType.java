package org.tnracademy.exercises;

import java.util.Map;

/**
 * One kind of exercise, as the rest of the academy sees it: how its spec, key and answers are read
 * from the trees of YAML packs and JSON columns, and (for the types a machine grades) how an answer
 * is graded. Implementations are stateless; {@link ExerciseTypes} lists them.
 *
 * @param <S> the spec, shown to learners
 * @param <K> the answer key, never shown to learners
 * @param <A> a learner's answer
 */
public interface ExerciseType<S, K, A> {

    /** The {@code type:} value of an exercise file, such as {@code set-selection}. */
    String id();

    /** @throws InvalidSpecException naming every problem, with its path */
    S readSpec(Map<String, Object> tree);

    /** @throws InvalidSpecException naming every problem of the key against the spec */
    K readKey(S spec, Map<String, Object> tree);

    /** @throws InvalidAnswerException naming every problem; nothing may be scored then */
    A readAnswer(S spec, Map<String, Object> tree);

    /** Whether an instructor grades the answers (written analysis): they wait, pending, until then. */
    default boolean gradedByInstructor() {
        return false;
    }

    /** Reads and checks a spec and its key together, as a pack import must before storing them. */
    default S check(Map<String, Object> specTree, Map<String, Object> keyTree) {
        S spec = readSpec(specTree);
        readKey(spec, keyTree);
        return spec;
    }
}
