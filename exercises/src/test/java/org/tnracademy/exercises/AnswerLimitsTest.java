package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The bounds of an answer tree: each bound refused with where it is crossed, the rest of the tree still read. */
class AnswerLimitsTest {

    @Test
    void anAnswerLabellingEveryItemOfTheLargestDatasetIsWithinTheBounds() {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (int i = 0; i < 50_000; i++) {
            labels.put("post-" + i, i % 2 == 0 ? "doxing" : "benign");
        }
        assertThatCode(() -> AnswerLimits.check(Map.of("labels", labels))).doesNotThrowAnyException();
    }

    @Test
    void aListWithTooManyEntriesIsNamedOnceAndNotWalked() {
        List<Object> chosen = Collections.nCopies(AnswerLimits.MAX_ENTRIES + 1, "x".repeat(AnswerLimits.MAX_TEXT_LENGTH + 1));

        InvalidAnswerException refused = refused(Map.of("chosen", chosen));

        assertThat(refused.count()).as("the long texts inside are not visited").isEqualTo(1);
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("chosen");
            assertThat(p.code()).isEqualTo(AnswerProblem.Code.TOO_LARGE);
            assertThat(p.detail()).isEqualTo("has 60001 entries, at most 60000 are accepted");
        });
    }

    @Test
    void aTextTooLongIsNamedWithItsPath() {
        InvalidAnswerException refused = refused(Map.of("blanks", List.of(Map.of("id", "q1"),
                Map.of("id", "q2", "text", "y".repeat(AnswerLimits.MAX_TEXT_LENGTH + 1)))));

        assertThat(refused.problems()).extracting(AnswerProblem::where, AnswerProblem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("blanks[1].text",
                        "has 50001 characters, at most 50000 are accepted"));
    }

    @Test
    void tooMuchTextInAllIsOneProblemOfTheWholeAnswer() {
        String page = "z".repeat(AnswerLimits.MAX_TEXT_LENGTH);
        List<String> pages = Collections.nCopies(AnswerLimits.MAX_TOTAL_TEXT / AnswerLimits.MAX_TEXT_LENGTH + 1, page);

        InvalidAnswerException refused = refused(Map.of("pages", pages));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("(answer)");
            assertThat(p.detail()).startsWith("has 4050005 characters of text in all");
        });
    }

    @Test
    void aTreeNestedTooDeepIsRefusedWhereItCrossesTheBound() {
        Object nested = List.of("bottom");
        for (int level = 0; level < 20; level++) {
            nested = List.of(nested);
        }

        InvalidAnswerException refused = refused(Map.of("deep", nested));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("deep[0][0][0][0][0][0][0]");
            assertThat(p.detail()).isEqualTo("nests deeper than 8 levels");
        });
    }

    @Test
    void aTreeWithTooManyPartsIsRefusedAndTheWalkStops() {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (int list = 0; list < 7; list++) {
            tree.put("list" + list, Collections.nCopies(AnswerLimits.MAX_ENTRIES, 1));
        }

        InvalidAnswerException refused = refused(tree);

        assertThat(refused.problems()).singleElement().satisfies(p ->
                assertThat(p.detail()).isEqualTo("the answer has more than 400000 parts"));
    }

    @Test
    void manyProblemsAreListedUpToTheCapAndTheRestCounted() {
        String tooLong = "w".repeat(AnswerLimits.MAX_TEXT_LENGTH + 1);
        List<String> texts = new ArrayList<>(Collections.nCopies(150, tooLong));

        InvalidAnswerException refused = refused(Map.of("texts", texts));

        // 150 texts too long, and too much text in all
        assertThat(refused.count()).isEqualTo(151);
        assertThat(refused.problems()).hasSize(InvalidAnswerException.MAX_LISTED);
        assertThat(refused.unlisted()).isEqualTo(51);
        assertThat(refused.problems().getFirst().where()).isEqualTo("texts[0]");
        assertThat(refused.getMessage()).contains("and 51 more");
    }

    @Test
    void aLongKeyIsShortenedInThePathOfItsProblem() {
        String key = "k".repeat(AnswerLimits.MAX_TEXT_LENGTH + 1);

        InvalidAnswerException refused = refused(Map.of("labels", Map.of(key, "doxing")));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).hasSize("labels.".length() + 80).endsWith("k…");
            assertThat(p.detail()).isEqualTo("has 50001 characters, at most 50000 are accepted");
        });
    }

    @Test
    void aDraftKeepsOneTextPastItsLimitButOnlyValuesJsonHolds() {
        String tooLong = "w".repeat(AnswerLimits.MAX_TEXT_LENGTH + 1);
        assertThatCode(() -> AnswerLimits.checkDraft(Map.of("text", tooLong))).doesNotThrowAnyException();

        InvalidAnswerException notATree = catchThrowableOfType(InvalidAnswerException.class,
                () -> AnswerLimits.checkDraft(Map.of("items", List.of(Map.of("at", new Object())))));
        assertThat(notATree.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(AnswerProblem.Code.WRONG_TYPE);
            assertThat(p.where()).isEqualTo("items[0].at");
        });
        assertThatCode(() -> AnswerLimits.check(Map.of("text", "ok", "at", Instant.EPOCH)))
                .as("an answer's instants are bounded by their type").doesNotThrowAnyException();
    }

    private static InvalidAnswerException refused(Map<String, ?> tree) {
        return catchThrowableOfType(InvalidAnswerException.class, () -> AnswerLimits.check(tree));
    }
}
