package org.tnracademy.exercises.written;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;
import static org.tnracademy.exercises.Trees.text;
import static org.tnracademy.exercises.written.WrittenGraderTest.ANSWER;
import static org.tnracademy.exercises.written.WrittenGraderTest.SPEC;
import static org.tnracademy.exercises.written.WrittenGraderTest.criterion;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

class WrittenValidationTest {

    @Test
    void everyMistakeOfARubricIsNamedWithItsPathAtOnce() {
        assertThatThrownBy(() -> WrittenSpec.fromMap(map("maxLength", 0, "criteria", list(
                criterion("sourcing", 4, 0, "none", 5, "too many", 0, "again"),
                map("id", "sourcing", "title", text("t"), "maxPoints", 2.5, "levels", list()),
                criterion("safety", 0, 1, "one"),
                map("id", "tone", "title", text("t"), "description", text("d"), "maxPoints", 2,
                        "levels", list(map("points", "two", "descriptor", text("d"))))))))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("criteria[1].maxPoints", "must be a whole number, not the number 2.5"),
                        new SpecProblem("criteria[1].description", "is required"),
                        new SpecProblem("criteria[3].levels[0].points", "must be a whole number, not the text 'two'"),
                        new SpecProblem("criteria[0].levels[1].points", "5 must be between 0 and the criterion's 4 points"),
                        new SpecProblem("criteria[0].levels[2].points", "another level is already worth 0"),
                        new SpecProblem("criteria[1].id", "'sourcing' appears twice"),
                        new SpecProblem("criteria[1].levels", "at least one level is required"),
                        new SpecProblem("criteria[2].maxPoints", "0 must be between 1 and 100"),
                        new SpecProblem("maxLength", "0 must be between 1 and 50000")));
    }

    @Test
    void guidanceMayOnlyNameCriteriaOfTheRubric() {
        WrittenKey key = WrittenKey.fromMap(SPEC, map("modelAnswer", text("A model analysis."),
                "guidance", map("sourcing", text("Check every claim has a post id."))));
        assertThat(key.guidance()).containsOnlyKeys("sourcing");
        assertThat(WrittenKey.fromMap(SPEC, map()).modelAnswer()).isNull();
        assertThatThrownBy(() -> WrittenKey.fromMap(SPEC, map("modelAnswer", map("fr", "f"),
                "guidance", map("style", text("s"), "safety", 4))))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("guidance.safety",
                                "must be a map of language to text, such as {en: \"...\"}, not the number 4"),
                        new SpecProblem("modelAnswer.en", "English text is required"),
                        new SpecProblem("guidance.style", "'style' is not a criterion of the rubric")));
    }

    @Test
    void aBlankOrTooLongSubmissionIsRefused() {
        assertThatThrownBy(() -> WrittenAnswer.of(SPEC, "  \n"))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code)
                        .containsExactly(tuple("text", AnswerProblem.Code.MISSING_VALUE)));
        assertThatThrownBy(() -> WrittenAnswer.of(SPEC, "x".repeat(2001)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("the analysis has 2001 characters, at most 2000 are allowed");
        assertThat(WrittenAnswer.of(SPEC, "😀".repeat(2000)).length()).isEqualTo(2000);
        assertThatThrownBy(() -> WrittenAnswer.fromMap(SPEC, map("text", list("a"))))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code)
                        .containsExactly(tuple("text", AnswerProblem.Code.WRONG_TYPE)));
    }

    @Test
    void everyMistakeOfAGradeIsNamedAtOnce() {
        Map<String, Integer> points = new HashMap<>();
        points.put("sourcing", 5);
        points.put("attribution", -1);
        points.put("style", 2);
        assertThatThrownBy(() -> InstructorGrade.of(SPEC, points, "x".repeat(10_001)))
                .isInstanceOfSatisfying(InvalidGradeException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("points.sourcing", AnswerProblem.Code.OUT_OF_RANGE),
                                tuple("points.attribution", AnswerProblem.Code.OUT_OF_RANGE),
                                tuple("points.safety", AnswerProblem.Code.MISSING_VALUE),
                                tuple("points.style", AnswerProblem.Code.UNKNOWN_ITEM),
                                tuple("comment", AnswerProblem.Code.OUT_OF_RANGE)));
    }

    @Test
    void aGradeTreeWithWrongTypesIsRefusedWithPaths() {
        assertThatThrownBy(() -> InstructorGrade.fromMap(SPEC, map("points", map("sourcing", 2.5, "attribution", "3",
                "safety", 1), "comment", 7)))
                .isInstanceOfSatisfying(InvalidGradeException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("points.sourcing", AnswerProblem.Code.WRONG_TYPE),
                                tuple("points.attribution", AnswerProblem.Code.WRONG_TYPE),
                                tuple("comment", AnswerProblem.Code.WRONG_TYPE)));
        assertThatThrownBy(() -> InstructorGrade.fromMap(SPEC, map()))
                .isInstanceOf(InvalidGradeException.class).hasMessageContaining("points: is required");
    }

    @Test
    void theGraderRefusesASubmissionOrAGradeBuiltWithoutChecks() {
        InstructorGrade full = InstructorGrade.of(SPEC, Map.of("sourcing", 4, "attribution", 3, "safety", 3), "");
        assertThatThrownBy(() -> new WrittenGrader().grade(SPEC, new WrittenAnswer(""), full))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> new WrittenGrader().grade(SPEC, ANSWER, new InstructorGrade(Map.of("sourcing", 9), "")))
                .isInstanceOf(InvalidGradeException.class).hasMessageContaining("points.sourcing");
    }

    @Test
    void aMisspeltOptionalFieldIsRefusedRatherThanLeftAtItsDefault() {
        assertThatThrownBy(() -> WrittenSpec.fromMap(map("maxLenght", 4000, "criteria", list(
                criterion("sourcing", 2, 0, "none", 2, "all")))))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("maxLenght", "unknown field; expected one of [criteria, maxLength]")));
        assertThatThrownBy(() -> InstructorGrade.fromMap(SPEC, map("points", map("sourcing", 4, "attribution", 3,
                "safety", 3), "coment", "Good")))
                .isInstanceOfSatisfying(InvalidGradeException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code)
                        .containsExactly(tuple("coment", AnswerProblem.Code.UNKNOWN_FIELD)));
    }

    @Test
    void aKeyMayNameItsExercise() {
        assertThat(WrittenKey.fromMap(SPEC, map("exercise", "assess-the-campaign", "modelAnswer", text("m")))
                .modelAnswer()).isNotNull();
    }
}
