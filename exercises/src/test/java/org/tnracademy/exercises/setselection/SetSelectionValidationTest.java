package org.tnracademy.exercises.setselection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;
import static org.tnracademy.exercises.Trees.text;
import static org.tnracademy.exercises.setselection.SetSelectionGraderTest.KEY;
import static org.tnracademy.exercises.setselection.SetSelectionGraderTest.SPEC;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

class SetSelectionValidationTest {

    @Test
    void everyMistakeOfASpecIsNamedWithItsPathAtOnce() {
        assertThatThrownBy(() -> SetSelectionSpec.fromMap(map("items", list("a", 7, "a", " b", ""), "metric", "f2")))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("items[1]", "must be text, not the number 7"
                                + " (put the value in quotes to keep it as text)"),
                        new SpecProblem("metric", "'f2' must be one of [f1, jaccard]"),
                        new SpecProblem("items[2]", "'a' appears twice"),
                        new SpecProblem("items[3]", "' b' must not start or end with spaces"),
                        new SpecProblem("items[4]", "must not be blank")));
        assertThatThrownBy(() -> SetSelectionSpec.of(List.of("only"), null))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::field).containsExactly("items", "metric"));
    }

    @Test
    void everyMistakeOfAKeyIsNamedAtOnce() {
        assertThatThrownBy(() -> SetSelectionKey.fromMap(SPEC, map(
                "selected", list("acct-02", "acct-99", "acct-02", null),
                "explanations", map("acct-77", text("x"), "acct-02", map("fr", "f"), "acct-03", "plain"))))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("selected[3]", "is required"),
                        new SpecProblem("explanations.acct-03",
                                "must be a map of language to text, such as {en: \"...\"}, not the text 'plain'"),
                        new SpecProblem("selected[1]", "'acct-99' is not an item of the spec"),
                        new SpecProblem("selected[2]", "'acct-02' appears twice"),
                        new SpecProblem("explanations.acct-77", "'acct-77' is not an item of the spec"),
                        new SpecProblem("explanations.acct-02.en", "English text is required")));
        assertThatThrownBy(() -> SetSelectionKey.fromMap(SPEC, map("selected", list())))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("selected: the key selects no item");
    }

    @Test
    void unknownRepeatedAndEmptyIdsInAnAnswerAreNamedWithTheirCode() {
        assertThatThrownBy(() -> SetSelectionAnswer.of(SPEC, Arrays.asList("acct-01", "acct-42", "acct-01", " ", null)))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("chosen[1]", AnswerProblem.Code.UNKNOWN_ITEM),
                                tuple("chosen[2]", AnswerProblem.Code.DUPLICATE_ITEM),
                                tuple("chosen[3]", AnswerProblem.Code.MISSING_VALUE),
                                tuple("chosen[4]", AnswerProblem.Code.MISSING_VALUE)));
        assertThatThrownBy(() -> SetSelectionAnswer.fromMap(SPEC, map("chosen", "acct-01")))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code)
                        .containsExactly(tuple("chosen", AnswerProblem.Code.WRONG_TYPE)));
    }

    @Test
    void theGraderRefusesAnAnswerBuiltWithoutChecks() {
        assertThatThrownBy(() -> new SetSelectionGrader().grade(SPEC, KEY, new SetSelectionAnswer(List.of("ghost"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'ghost' is not an item");
    }

    @Test
    void aMisspeltOptionalFieldIsRefusedRatherThanLeftAtItsDefault() {
        assertThatThrownBy(() -> SetSelectionSpec.fromMap(map("items", list("a", "b"), "metrc", "jaccard")))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("metrc", "unknown field; expected one of [items, metric]")));
        assertThatThrownBy(() -> SetSelectionAnswer.fromMap(SPEC, map("chosen", list("acct-01"), "note", "x")))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code)
                        .containsExactly(tuple("note", AnswerProblem.Code.UNKNOWN_FIELD)));
    }

    @Test
    void aKeyMayNameItsExercise() {
        assertThat(SetSelectionKey.fromMap(SPEC, map("exercise", "find-the-network", "selected", list("acct-02")))
                .selected()).containsExactly("acct-02");
    }
}
