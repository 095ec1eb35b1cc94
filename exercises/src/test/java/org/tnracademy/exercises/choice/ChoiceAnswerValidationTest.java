package org.tnracademy.exercises.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.choice.ChoiceFixtures.answer;
import static org.tnracademy.exercises.choice.ChoiceFixtures.key;
import static org.tnracademy.exercises.choice.ChoiceFixtures.spec;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;

class ChoiceAnswerValidationTest {

    private static final ChoiceSpec SPEC = spec(ChoiceScoring.ALL_OR_NOTHING);

    private final ChoiceGrader grader = new ChoiceGrader();

    @Test
    void aQuestionThatIsNotInTheExerciseIsNamed() {
        assertThat(problemsOf(answer("q9", "a"))).containsExactly(
                new AnswerProblem("question q9", Code.UNKNOWN_ITEM, "'q9' is not a question of this exercise"));
    }

    @Test
    void anOptionThatIsNotInTheQuestionIsNamed() {
        assertThat(problemsOf(answer("q1", "z"))).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("question q1");
            assertThat(p.code()).isEqualTo(Code.UNKNOWN_OPTION);
            assertThat(p.detail()).contains("'z'");
        });
    }

    @Test
    void aSingleChoiceQuestionTakesOneOption() {
        assertThat(problemsOf(answer("q1", "a,b"))).extracting(AnswerProblem::where, AnswerProblem::code)
                .containsExactly(tuple("question q1", Code.OUT_OF_RANGE));
    }

    @Test
    void anOptionSelectedTwiceIsADuplicate() {
        assertThat(problemsOf(answer("q2", "a,c,a"))).extracting(AnswerProblem::code)
                .containsExactly(Code.DUPLICATE_ITEM);
    }

    @Test
    void aMissingListOrOptionIsAMissingValue() {
        Map<String, List<String>> selected = new HashMap<>();
        selected.put("q2", null);
        selected.put("q3", Arrays.asList("a", null, " "));

        assertThat(problemsOf(new ChoiceAnswer(selected))).extracting(AnswerProblem::where, AnswerProblem::code)
                .containsExactly(tuple("question q2", Code.MISSING_VALUE), tuple("question q3", Code.MISSING_VALUE),
                        tuple("question q3", Code.MISSING_VALUE));
    }

    @Test
    void everyProblemIsReportedAtOnceInQuestionOrderThenUnknownQuestionsSorted() {
        Map<String, List<String>> selected = new HashMap<>();
        selected.put("zz", List.of("a"));
        selected.put("q3", List.of("a", "a"));
        selected.put("q1", List.of("a", "x"));
        selected.put("aa", List.of());

        InvalidAnswerException e = catchThrowableOfType(InvalidAnswerException.class,
                () -> grader.grade(SPEC, key(SPEC), new ChoiceAnswer(selected)));

        assertThat(e.problems()).extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                tuple("question q1", Code.UNKNOWN_OPTION), tuple("question q1", Code.OUT_OF_RANGE),
                tuple("question q3", Code.DUPLICATE_ITEM),
                tuple("question aa", Code.UNKNOWN_ITEM), tuple("question zz", Code.UNKNOWN_ITEM));
        assertThat(e.getMessage()).contains("5 problem(s)");
    }

    private List<AnswerProblem> problemsOf(ChoiceAnswer answer) {
        return catchThrowableOfType(InvalidAnswerException.class, () -> grader.grade(SPEC, key(SPEC), answer))
                .problems();
    }
}
