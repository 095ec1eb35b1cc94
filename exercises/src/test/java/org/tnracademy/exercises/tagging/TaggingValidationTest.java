package org.tnracademy.exercises.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;
import static org.tnracademy.exercises.Trees.text;
import static org.tnracademy.exercises.tagging.TaggingGraderTest.CATALOGUE;
import static org.tnracademy.exercises.tagging.TaggingGraderTest.KEY;
import static org.tnracademy.exercises.tagging.TaggingGraderTest.SPEC;
import static org.tnracademy.exercises.tagging.TaggingGraderTest.technique;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

class TaggingValidationTest {

    @Test
    void everyMistakeOfASpecIsNamedWithItsPathAtOnce() {
        assertThatThrownBy(() -> TaggingSpec.fromMap(map("catalogue", list(
                technique("T85", "TA06", "Short id"),
                technique("T0086", "tactic-6", "Bad tactic"),
                technique("T0086", "TA06", "Twice"),
                map("id", "T0087", "tactic", "TA06", "name", map("fr", "seulement")),
                map("id", "T0049")), "sameTacticCredit", 1)))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("catalogue[4].tactic", "is required"),
                        new SpecProblem("catalogue[4].name", "is required"),
                        new SpecProblem("catalogue[0].id", "'T85' must be a technique id such as T0085 or T1430.001"),
                        new SpecProblem("catalogue[1].tactic", "'tactic-6' must be a tactic id such as TA06 or TA0032"),
                        new SpecProblem("catalogue[2].id", "'T0086' appears twice"),
                        new SpecProblem("catalogue[3].name.en", "English text is required"),
                        new SpecProblem("sameTacticCredit", "1.0 must be at least 0 and below 1:"
                                + " at 1 a wrong technique would count as a right one")));
    }

    @Test
    void aCreditThatIsNotANumberOrIsNegativeIsRefused() {
        assertThatThrownBy(() -> TaggingSpec.fromMap(map("catalogue", CATALOGUE, "sameTacticCredit", "half")))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("sameTacticCredit: must be a number, not the text 'half'");
        assertThatThrownBy(() -> TaggingSpec.fromMap(map("catalogue", CATALOGUE, "sameTacticCredit", -0.1)))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("sameTacticCredit: -0.1 must be");
        assertThatThrownBy(() -> TaggingSpec.of(List.of(), Double.NaN))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::field).containsExactly("catalogue", "sameTacticCredit"));
    }

    @Test
    void everyMistakeOfAKeyIsNamedAtOnce() {
        assertThatThrownBy(() -> TaggingKey.fromMap(SPEC, map("techniques", list(
                map("id", "T9999", "explanation", text("e")),
                map("id", "T0086", "explanation", text("e")),
                map("id", "T0086", "explanation", map("en", " ")),
                map("explanation", 3)))))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("techniques[3].id", "is required"),
                        new SpecProblem("techniques[3].explanation",
                                "must be a map of language to text, such as {en: \"...\"}, not the number 3"),
                        new SpecProblem("techniques[0].id", "'T9999' is not in the catalogue"),
                        new SpecProblem("techniques[2].id", "'T0086' appears twice"),
                        new SpecProblem("techniques[2].explanation.en", "English text is required")));
        assertThatThrownBy(() -> TaggingKey.fromMap(SPEC, map("techniques", list())))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("the key tags no technique");
    }

    @Test
    void unknownRepeatedAndEmptyTechniquesInAnAnswerAreNamedWithTheirCode() {
        assertThatThrownBy(() -> TaggingAnswer.of(SPEC, Arrays.asList("T0085", "t0085", "T0085", "", null)))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("techniques[1]", AnswerProblem.Code.UNKNOWN_LABEL),
                                tuple("techniques[2]", AnswerProblem.Code.DUPLICATE_ITEM),
                                tuple("techniques[3]", AnswerProblem.Code.MISSING_VALUE),
                                tuple("techniques[4]", AnswerProblem.Code.MISSING_VALUE)));
        assertThatThrownBy(() -> TaggingAnswer.fromMap(SPEC, map("techniques", list(85))))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code)
                        .containsExactly(tuple("techniques[0]", AnswerProblem.Code.WRONG_TYPE)));
    }

    @Test
    void theGraderRefusesAnAnswerBuiltWithoutChecks() {
        assertThatThrownBy(() -> new TaggingGrader().grade(SPEC, KEY, new TaggingAnswer(List.of("T0000"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'T0000' is not a technique");
    }

    @Test
    void aMisspeltOptionalFieldIsRefusedRatherThanLeftAtItsDefault() {
        assertThatThrownBy(() -> TaggingSpec.fromMap(map("catalogue", CATALOGUE, "sameTacticCredt", 0.25)))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("sameTacticCredt", "unknown field; expected one of [catalogue, sameTacticCredit]")));
    }

    @Test
    void aKeyMayNameItsExercise() {
        assertThat(TaggingKey.fromMap(SPEC, map("exercise", "tag-the-smear", "techniques", list(
                map("id", "T0086", "explanation", text("e"))))).techniqueIds()).containsExactly("T0086");
    }
}
