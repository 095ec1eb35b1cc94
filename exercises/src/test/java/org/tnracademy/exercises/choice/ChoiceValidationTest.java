package org.tnracademy.exercises.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;
import static org.tnracademy.exercises.Trees.text;
import static org.tnracademy.exercises.choice.ChoiceGraderTest.KEY;
import static org.tnracademy.exercises.choice.ChoiceGraderTest.SPEC;
import static org.tnracademy.exercises.choice.ChoiceGraderTest.question;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;

class ChoiceValidationTest {

    @Test
    void everyMistakeOfASpecTreeIsNamedWithItsPathAtOnce() {
        Map<String, Object> tree = map("scoring", "half-marks", "questions", list(
                map("id", "q1", "kind", "several", "prompt", text("p"), "options", list(
                        map("id", "a", "text", text("A")),
                        map("id", "a", "text", map("fr", "seulement")),
                        map("id", 3, "text", text("C")))),
                map("id", "Q2", "kind", "single", "prompt", "no map", "options", list(map("id", "x", "text", text("X")))),
                "not a question"));

        assertThatThrownBy(() -> ChoiceSpec.fromMap(tree))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::field).containsExactly(
                                "scoring", "questions[2]", "questions[0].kind", "questions[0].options[2].id",
                                "questions[1].prompt",
                                "questions[0].options[1].id", "questions[0].options[1].text.en",
                                "questions[1].id", "questions[1].options"));
    }

    @Test
    void specProblemsGiveTheReason() {
        assertThatThrownBy(() -> ChoiceSpec.fromMap(map("questions", list(question("q1", "single", "bonus", "a")))))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("questions[0].scoring",
                                "'bonus' must be one of [all-or-nothing, right-minus-wrong]"),
                        new SpecProblem("questions[0].options", "at least two options are required, found 1")));
        assertThatThrownBy(() -> ChoiceSpec.fromMap(map()))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .containsExactly(new SpecProblem("questions", "is required")));
    }

    @Test
    void theJavaFactoryChecksLikeTheTreeReader() {
        ChoiceQuestion q = new ChoiceQuestion("q1", null, ChoiceScoring.ALL_OR_NOTHING, null,
                Arrays.asList(new ChoiceOption("a", LocalizedText.of("A", null)), null));
        assertThatThrownBy(() -> ChoiceSpec.of(List.of(q)))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::field)
                        .containsExactly("questions[0].kind", "questions[0].prompt", "questions[0].options[1]"));
        assertThatThrownBy(() -> ChoiceSpec.of(List.of())).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("questions: at least one question is required");
    }

    @Test
    void everyMistakeOfAKeyIsNamedAtOnce() {
        Map<String, Object> tree = map("questions", list(
                map("id", "q1", "options", list(
                        map("id", "a", "correct", true, "explanation", map("en", "A")),
                        map("id", "b", "correct", true, "explanation", map("en", "B")),
                        map("id", "c", "correct", "no", "explanation", map("en", "C")))),
                map("id", "q2", "options", list(
                        map("id", "a", "correct", false, "explanation", map("en", "A")),
                        map("id", "z", "correct", false, "explanation", map("en", "Z")),
                        map("id", "a", "correct", false))),
                map("id", "q9", "options", list())));

        assertThatThrownBy(() -> ChoiceKey.fromMap(SPEC, tree))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("questions[0].options[2].correct",
                                "must be true or false, not the text 'no'"),
                        new SpecProblem("questions[1].options[2].explanation", "is required"),
                        new SpecProblem("questions[0].options",
                                "a single-choice question needs exactly one correct option, found 2"),
                        new SpecProblem("questions[1].options[1].id", "'z' is not an option of question 'q2'"),
                        new SpecProblem("questions[1].options[2].id", "'a' appears twice"),
                        new SpecProblem("questions[1].options", "option 'b' has no key"),
                        new SpecProblem("questions[1].options", "option 'c' has no key"),
                        new SpecProblem("questions[1].options", "option 'd' has no key"),
                        new SpecProblem("questions[1].options", "a multiple-choice question needs a correct option"),
                        new SpecProblem("questions[2].id", "'q9' is not a question of the spec"),
                        new SpecProblem("questions", "question 'q3' has no key")));
    }

    @Test
    void everyMistakeOfAnAnswerIsNamedWithItsCodeAtOnce() {
        Map<String, List<String>> picks = new HashMap<>();
        picks.put("q1", List.of("a", "b"));
        picks.put("q2", Arrays.asList("a", "a", "z", " ", null));
        picks.put("q7", List.of("a"));

        assertThatThrownBy(() -> ChoiceAnswer.of(SPEC, picks))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("picks.q1", AnswerProblem.Code.OUT_OF_RANGE),
                                tuple("picks.q2[1]", AnswerProblem.Code.DUPLICATE_ITEM),
                                tuple("picks.q2[2]", AnswerProblem.Code.UNKNOWN_LABEL),
                                tuple("picks.q2[3]", AnswerProblem.Code.MISSING_VALUE),
                                tuple("picks.q2[4]", AnswerProblem.Code.MISSING_VALUE),
                                tuple("picks.q7", AnswerProblem.Code.UNKNOWN_ITEM)));
    }

    @Test
    void anAnswerTreeWithWrongTypesIsRefusedWithPaths() {
        Map<String, Object> tree = map("picks", map("q1", "b", "q2", list("a", 4)));
        assertThatThrownBy(() -> ChoiceAnswer.fromMap(SPEC, tree))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("picks.q1", AnswerProblem.Code.WRONG_TYPE),
                                tuple("picks.q2[1]", AnswerProblem.Code.WRONG_TYPE)));
    }

    @Test
    void theGraderRefusesAnAnswerBuiltWithoutChecks() {
        assertThatThrownBy(() -> new ChoiceGrader().grade(SPEC, KEY, new ChoiceAnswer(Map.of("q1", List.of("x")))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("picks.q1[0]");
    }

    @Test
    void aMisspeltOptionalFieldIsRefusedRatherThanLeftAtItsDefault() {
        Map<String, Object> q = new java.util.LinkedHashMap<>(question("q1", "single", null, "a", "b"));
        q.put("scorng", "right-minus-wrong");
        assertThatThrownBy(() -> ChoiceSpec.fromMap(map("questions", list(q), "scoring", "all-or-nothing")))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("questions[0].scorng",
                                "unknown field; expected one of [id, kind, options, prompt, scoring]")));
        assertThatThrownBy(() -> ChoiceAnswer.fromMap(SPEC, map("pick", map("q1", list("a")))))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code)
                        .containsExactly(tuple("pick", AnswerProblem.Code.UNKNOWN_FIELD)));
    }

    @Test
    void aKeyMayNameItsExercise() {
        Map<String, Object> tree = map("exercise", "spot-the-doxing", "questions", list(
                ChoiceGraderTest.questionKey("q1", "b"), ChoiceGraderTest.questionKey("q2", "a", "c"),
                ChoiceGraderTest.questionKey("q3", "a", "b")));
        assertThat(ChoiceKey.fromMap(SPEC, tree).questions()).hasSize(3);
    }
}
