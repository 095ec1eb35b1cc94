package org.tnracademy.exercises.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.labelling.Keys.answer;
import static org.tnracademy.exercises.labelling.Keys.key;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;

class LabellingAnswerValidationTest {

    private static final LabellingSpec SPEC = LabellingSpec.of(List.of("doxing", "harassment", "benign"));
    private static final LabellingKey KEY = key("post-001", "doxing", "post-002", "harassment", "post-003", "benign");

    private final LabellingGrader grader = new LabellingGrader();

    @Test
    void anItemThatIsNotInTheDatasetIsNamed() {
        assertThat(problemsOf(answer("post-001", "doxing", "post-999", "benign"))).containsExactly(
                new AnswerProblem("item post-999", Code.UNKNOWN_ITEM, "'post-999' is not an item of this dataset"));
    }

    @Test
    void aLabelThatIsNotInTheSpecIsNamedWithItsItem() {
        assertThat(problemsOf(answer("post-002", "slander"))).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("item post-002");
            assertThat(p.code()).isEqualTo(Code.UNKNOWN_LABEL);
            assertThat(p.detail()).contains("slander", "doxing");
        });
    }

    @Test
    void labelsAreMatchedExactlySoADifferentCaseIsUnknown() {
        assertThat(problemsOf(answer("post-001", "Doxing"))).extracting(AnswerProblem::code)
                .containsExactly(Code.UNKNOWN_LABEL);
    }

    @Test
    void aBlankOrNullLabelIsAMissingValue() {
        Map<String, String> labels = new HashMap<>();
        labels.put("post-001", " ");
        labels.put("post-002", "");
        labels.put("post-003", null);

        assertThat(problemsOf(new LabellingAnswer(labels))).extracting(AnswerProblem::where, AnswerProblem::code)
                .containsExactly(
                        tuple("item post-001", Code.MISSING_VALUE),
                        tuple("item post-002", Code.MISSING_VALUE),
                        tuple("item post-003", Code.MISSING_VALUE));
    }

    @Test
    void everyProblemIsReportedAtOnceInKeyOrderThenUnknownItemsSorted() {
        Map<String, String> labels = new HashMap<>();
        labels.put("post-zzz", "doxing");
        labels.put("post-003", "slander");
        labels.put("post-001", null);
        labels.put("post-aaa", "benign");
        labels.put("post-002", "harassment");

        InvalidAnswerException e = catchThrowableOfType(InvalidAnswerException.class,
                () -> grader.grade(SPEC, KEY, new LabellingAnswer(labels)));

        assertThat(e.problems()).extracting(AnswerProblem::where).containsExactly(
                "item post-001", "item post-003", "item post-aaa", "item post-zzz");
        assertThat(e.problems()).extracting(AnswerProblem::code).containsExactly(
                Code.MISSING_VALUE, Code.UNKNOWN_LABEL, Code.UNKNOWN_ITEM, Code.UNKNOWN_ITEM);
        assertThat(e.getMessage()).contains("4 problem(s)", "post-001", "slander", "post-aaa", "post-zzz");
    }

    private List<AnswerProblem> problemsOf(LabellingAnswer answer) {
        return catchThrowableOfType(InvalidAnswerException.class, () -> grader.grade(SPEC, KEY, answer)).problems();
    }
}
