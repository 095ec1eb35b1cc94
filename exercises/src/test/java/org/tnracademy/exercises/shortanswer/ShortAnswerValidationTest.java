package org.tnracademy.exercises.shortanswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.shortanswer.ShortAnswerFixtures.SPEC;
import static org.tnracademy.exercises.shortanswer.ShortAnswerFixtures.key;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

class ShortAnswerValidationTest {

    private final ShortAnswerGrader grader = new ShortAnswerGrader();

    @Test
    void everyProblemOfAResponseIsNamedAtOnce() {
        Map<String, String> texts = new HashMap<>();
        texts.put("handle", null);
        texts.put("date", "9".repeat(ShortAnswerGrader.MAX_LENGTH + 1));
        texts.put("domain", "example-leaks.net");
        texts.put("address", "1 rue X");

        InvalidAnswerException e = catchThrowableOfType(InvalidAnswerException.class,
                () -> grader.grade(SPEC, key(), new ShortAnswerResponse(texts)));

        assertThat(e.problems()).extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                tuple("question handle", Code.MISSING_VALUE),
                tuple("question date", Code.OUT_OF_RANGE),
                tuple("question address", Code.UNKNOWN_ITEM));
        assertThat(e.getMessage()).contains("'address' is not a question", "at most 500");
    }

    @Test
    void anAnswerOfTheMaximumLengthIsGraded() {
        Map<String, String> texts = Map.of("date", "9".repeat(ShortAnswerGrader.MAX_LENGTH));
        assertThat(grader.grade(SPEC, key(), new ShortAnswerResponse(texts)).score()).isZero();
    }

    @Test
    void aSpecNamesEveryBadQuestionId() {
        assertThatThrownBy(() -> ShortAnswerSpec.of(Arrays.asList("q1", "Q2", "q1", null)))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::field).containsExactly("questions[1]", "questions[2]", "questions[3]"));
        assertThatThrownBy(() -> ShortAnswerSpec.of(List.of())).isInstanceOf(InvalidSpecException.class);
    }

    @Test
    void aKeyNamesEveryBadEntry() {
        Map<String, AcceptedAnswers> entries = new LinkedHashMap<>();
        entries.put("handle", new AcceptedAnswers(List.of(), List.of(), null));
        entries.put("domain", new AcceptedAnswers(List.of("ok", " \u00A0"), List.of("(unclosed", ""), null));
        entries.put("date", new AcceptedAnswers(List.of("2025-03-14"), null, null));
        entries.put("extra", new AcceptedAnswers(List.of("x"), null, null));

        assertThatThrownBy(() -> ShortAnswerKey.validated(SPEC, entries))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::field).containsExactly("key.handle", "key.domain.answers[1]",
                                "key.domain.patterns[0]", "key.domain.patterns[1]", "key.phone", "key.extra"))
                .hasMessageContaining("not a valid regular expression");
    }
}
