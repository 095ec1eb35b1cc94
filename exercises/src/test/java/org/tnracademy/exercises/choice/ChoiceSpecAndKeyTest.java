package org.tnracademy.exercises.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;

class ChoiceSpecAndKeyTest {

    private static final ChoiceSpec SPEC = ChoiceFixtures.spec(ChoiceScoring.ALL_OR_NOTHING);

    @Test
    void everyBadQuestionAndOptionIsNamedByItsPosition() {
        List<ChoiceQuestion> questions = Arrays.asList(
                new ChoiceQuestion("q1", false, List.of("a")),
                new ChoiceQuestion("q1", true, List.of("a", "B", "a")),
                null,
                new ChoiceQuestion("", false, List.of("a", "b")));

        assertThatThrownBy(() -> ChoiceSpec.of(questions, null))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::field).containsExactly("scoring", "questions[0].options",
                                "questions[1].id", "questions[1].options[1]", "questions[1].options[2]",
                                "questions[2]", "questions[3].id"));
    }

    @Test
    void aSpecNeedsAQuestion() {
        assertThatThrownBy(() -> ChoiceSpec.of(List.of(), ChoiceScoring.ALL_OR_NOTHING))
                .isInstanceOfSatisfying(InvalidSpecException.class, e ->
                        assertThat(e.problems()).extracting(SpecProblem::field).containsExactly("questions"));
    }

    @Test
    void aKeyNeedsOneValidEntryPerQuestion() {
        Map<String, QuestionKey> keys = new LinkedHashMap<>();
        keys.put("q1", new QuestionKey(List.of("a", "b"), Map.of()));
        keys.put("q2", new QuestionKey(List.of(), Map.of("z", LocalizedText.of("?", null))));
        keys.put("q9", new QuestionKey(List.of("a"), Map.of()));

        assertThatThrownBy(() -> ChoiceKey.validated(SPEC, keys))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::field, SpecProblem::reason).containsExactly(
                                tuple("key.q1.correct",
                                        "a single-choice question has exactly one right option"),
                                tuple("key.q2.correct",
                                        "at least one option must be right"),
                                tuple("key.q2.explanations.z",
                                        "is not an option of the question"),
                                tuple("key.q3", "the question has no key"),
                                tuple("key.q9", "is not a question of the exercise")));
    }

    @Test
    void aKeyMayOnlyNameTheQuestionOptionsOnce() {
        Map<String, QuestionKey> keys = new LinkedHashMap<>(ChoiceFixtures.key(SPEC).questions());
        keys.put("q2", new QuestionKey(List.of("a", "x", "a"), Map.of()));

        assertThatThrownBy(() -> ChoiceKey.validated(SPEC, keys))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("'x' is not an option of the question")
                .hasMessageContaining("'a' appears twice");
    }

    @Test
    void recordsKeepTheirOwnUnmodifiableCopies() {
        List<String> options = new ArrayList<>(List.of("a", "b"));
        ChoiceQuestion q = new ChoiceQuestion("q", false, options);
        options.add("c");
        assertThat(q.options()).containsExactly("a", "b");

        List<String> selected = new ArrayList<>(List.of("a"));
        ChoiceAnswer answer = new ChoiceAnswer(Map.of("q", selected));
        selected.add("b");
        assertThat(answer.selectedByQuestion().get("q")).containsExactly("a");
        assertThatThrownBy(() -> answer.selectedByQuestion().get("q").add("c"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
