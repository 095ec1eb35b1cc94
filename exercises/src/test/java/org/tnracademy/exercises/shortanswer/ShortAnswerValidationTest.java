package org.tnracademy.exercises.shortanswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;
import static org.tnracademy.exercises.Trees.text;
import static org.tnracademy.exercises.shortanswer.ShortAnswerGraderTest.SPEC;

import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

class ShortAnswerValidationTest {

    @Test
    void everyMistakeOfASpecIsNamedWithItsPathAtOnce() {
        Map<String, Object> tree = map("blanks", list(
                map("id", "handle", "prompt", text("p"), "maxLength", 0),
                map("id", "handle", "prompt", map("fr", "seulement"), "maxLength", "long"),
                map("prompt", text("p"), "maxLength", 5000)));

        assertThatThrownBy(() -> ShortAnswerSpec.fromMap(tree))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("blanks[1].maxLength", "must be a whole number, not the text 'long'"),
                        new SpecProblem("blanks[2].id", "is required"),
                        new SpecProblem("blanks[0].maxLength", "0 must be between 1 and 2000"),
                        new SpecProblem("blanks[1].id", "'handle' appears twice"),
                        new SpecProblem("blanks[1].prompt.en", "English text is required"),
                        new SpecProblem("blanks[2].maxLength", "5000 must be between 1 and 2000")));
    }

    @Test
    void everyMistakeOfAKeyIsNamedAtOnceWithTheInvalidPattern() {
        Map<String, Object> tree = map("blanks", list(
                map("id", "handle", "accepted", list("  "), "patterns", list("@?nadia(", ""),
                        "explanation", text("e")),
                map("id", "domain", "explanation", text("e")),
                map("id", "date", "accepted", list(new Date(0)), "explanation", text("e")),
                map("id", "ghost", "accepted", list("x"), "explanation", map("fr", "f"))));

        assertThatThrownBy(() -> ShortAnswerKey.fromMap(SPEC, tree))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> {
                    assertThat(e.problems()).extracting(SpecProblem::field).containsExactly(
                            "blanks[2].accepted[0]",
                            "blanks[0].accepted[0]", "blanks[0].patterns[0]", "blanks[0].patterns[1]",
                            "blanks[1]",
                            "blanks[3].id", "blanks[3].explanation.en",
                            "blanks");
                    assertThat(e.problems().get(2).reason())
                            .startsWith("'@?nadia(' is not a valid regular expression: Unclosed group");
                    assertThat(e.problems().get(0).reason()).contains("not a date", "quotes");
                    assertThat(e.problems().get(4).reason()).isEqualTo("needs at least one accepted answer or pattern");
                    assertThat(e.problems().get(7).reason()).isEqualTo("blank 'count' has no key");
                });
    }

    @Test
    void everyMistakeOfAnAnswerIsNamedWithItsCode() {
        Map<String, Object> tree = map("values", map("handle", "x".repeat(41), "ghost", "y", "date", new Date(0),
                "count", null));
        assertThatThrownBy(() -> ShortAnswerAnswer.fromMap(SPEC, tree))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("values.date", AnswerProblem.Code.WRONG_TYPE),
                                tuple("values.ghost", AnswerProblem.Code.UNKNOWN_ITEM),
                                tuple("values.handle", AnswerProblem.Code.OUT_OF_RANGE)));
    }

    @Test
    void theGraderRefusesAnAnswerBuiltWithoutChecks() {
        assertThatThrownBy(() -> new ShortAnswerGrader().grade(SPEC, ShortAnswerGraderTest.KEY,
                new ShortAnswerAnswer(Map.of("nope", "x"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("values.nope");
    }

    @Test
    void aMisspeltOptionalFieldIsRefusedRatherThanLeftAtItsDefault() {
        assertThatThrownBy(() -> ShortAnswerSpec.fromMap(map("blanks", list(
                map("id", "handle", "prompt", text("p"), "maxLenght", 60)))))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("blanks[0].maxLenght", "unknown field; expected one of [id, maxLength, prompt]")));
        assertThatThrownBy(() -> ShortAnswerKey.fromMap(SPEC, map("exercise", "find-the-source", "blanks", list(
                map("id", "handle", "accepted", list("@a"), "pattern", list("@?a"), "explanation", text("e"))))))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("blanks[0].pattern: unknown field; expected one of "
                        + "[accepted, explanation, id, patterns]");
    }
}
