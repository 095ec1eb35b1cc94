package org.tnracademy.exercises.shortanswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;
import static org.tnracademy.exercises.Trees.text;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.LocalizedText;

class ShortAnswerGraderTest {

    static final ShortAnswerSpec SPEC = ShortAnswerSpec.fromMap(map("blanks", list(
            map("id", "handle", "prompt", text("Which account posted the address first?"), "maxLength", 40),
            map("id", "domain", "prompt", text("Which domain hosts the fake article?")),
            map("id", "date", "prompt", text("On which day did the campaign start?")),
            map("id", "count", "prompt", text("How many accounts took part?")))));

    static final ShortAnswerKey KEY = ShortAnswerKey.fromMap(SPEC, map("blanks", list(
            map("id", "handle", "accepted", list("@nadia_k_syn"), "patterns", list("@?nadia_k_syn"),
                    "explanation", text("The first post came from @nadia_k_syn.")),
            map("id", "domain", "accepted", list("news-tarrun.example", "www.news-tarrun.example"),
                    "explanation", text("The article sits on news-tarrun.example.")),
            map("id", "date", "patterns", list("2024-0?3-0?1", "1 march 2024", "march 1,? 2024"),
                    "explanation", text("The first post is dated 1 March 2024.")),
            map("id", "count", "accepted", list("14"), "explanation", text("Fourteen accounts.")))));

    private final ShortAnswerGrader grader = new ShortAnswerGrader();

    @Test
    void workedExampleScoresTheShareOfBlanksRight() {
        ShortAnswerResult result = grade(Map.of(
                "handle", "  NADIA_K_SYN ",      // pattern @?nadia_k_syn on "nadia_k_syn": right
                "domain", "News-Tarrun.example", // accepted once case-folded: right
                "date", "March  1 2024",         // "march 1 2024" matches march 1,? 2024: right
                "count", "15"));                 // wrong

        // 3 right of 4 blanks = 0.75
        assertThat(result.score()).isCloseTo(0.75, within(1e-12));
        assertThat(result.correctCount()).isEqualTo(3);
        assertThat(result.blankCount()).isEqualTo(4);
        assertThat(result.blanks()).extracting(BlankFeedback::correct).containsExactly(true, true, true, false);
    }

    @Test
    void feedbackShowsTheValueTypedTheAcceptedAnswersAndTheExplanation() {
        ShortAnswerResult result = grade(Map.of("count", "15"));
        BlankFeedback count = result.blanks().get(3);
        assertThat(count.given()).isEqualTo("15");
        assertThat(count.acceptedAnswers()).containsExactly("14");
        assertThat(count.explanation().in(Locale.FRENCH)).isEqualTo("Fourteen accounts. (fr)");
        BlankFeedback date = result.blanks().get(2);
        assertThat(date.given()).isEmpty();
        assertThat(date.acceptedAnswers()).isEmpty();
        // only count answered, and wrong: 0 of 4
        assertThat(result.score()).isZero();
    }

    @Test
    void aPatternMustMatchTheWholeValue() {
        // "2024-03-01 or so" contains a match of 2024-0?3-0?1 but is not one: wrong
        assertThat(grade(Map.of("date", "2024-03-01 or so")).blanks().get(2).correct()).isFalse();
        assertThat(grade(Map.of("date", "2024-3-1")).blanks().get(2).correct()).isTrue();
    }

    @Test
    void aBlankValueIsNeverRightEvenAgainstAPatternThatMatchesNothing() {
        BlankKey anything = new BlankKey("b", List.of(), List.of(".*"), LocalizedText.of("e", null));
        assertThat(anything.accepts("   ")).isFalse();
        assertThat(anything.accepts("x")).isTrue();
    }

    @Test
    void aPatternWithCatastrophicBacktrackingFailsFastInsteadOfHanging() {
        BlankKey evil = new BlankKey("b", List.of(), List.of("(a+)+b"), LocalizedText.of("e", null));
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThat(evil.accepts("a".repeat(60))).isFalse());
        assertThat(evil.accepts("aab")).isTrue();
    }

    private ShortAnswerResult grade(Map<String, String> values) {
        return grader.grade(SPEC, KEY, ShortAnswerAnswer.of(SPEC, values));
    }
}
