package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemExceptionsTest {

    @Test
    void anInvalidAnswerMessageListsEveryProblem() {
        List<AnswerProblem> problems = new ArrayList<>(List.of(
                new AnswerProblem("item post-007", AnswerProblem.Code.UNKNOWN_LABEL, "'slander' is not a label"),
                new AnswerProblem("item post-009", AnswerProblem.Code.MISSING_VALUE, "the label is empty")));
        InvalidAnswerException e = new InvalidAnswerException(problems);
        problems.clear();
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage()).isEqualTo("The answer has 2 problem(s): item post-007: 'slander' is not a label; "
                + "item post-009: the label is empty");
    }

    @Test
    void anInvalidSpecMessageListsEveryField() {
        InvalidSpecException e = new InvalidSpecException(List.of(new SpecProblem("labels[0]", "must not be blank"),
                new SpecProblem("key.post-1", "label 'x' is not in the spec")));
        assertThat(e.getMessage()).contains("labels[0]: must not be blank", "key.post-1: label 'x' is not in the spec");
        assertThat(InvalidSpecException.of("labels", "required").problems())
                .containsExactly(new SpecProblem("labels", "required"));
    }

    @Test
    void problemsSurviveJavaSerialisationOfTheException() throws Exception {
        InvalidAnswerException e = new InvalidAnswerException(
                List.of(new AnswerProblem("item a", AnswerProblem.Code.UNKNOWN_ITEM, "not an item")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(((InvalidAnswerException) in.readObject()).problems()).isEqualTo(e.problems());
        }
    }
}
