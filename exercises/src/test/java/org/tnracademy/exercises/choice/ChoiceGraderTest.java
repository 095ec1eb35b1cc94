package org.tnracademy.exercises.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;
import static org.tnracademy.exercises.Trees.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChoiceGraderTest {

    /** q1 single (b right); q2 multiple right-minus-wrong (a, c right); q3 multiple all-or-nothing (a, b right). */
    static final ChoiceSpec SPEC = ChoiceSpec.fromMap(map(
            "scoring", "right-minus-wrong",
            "questions", list(
                    question("q1", "single", null, "a", "b", "c"),
                    question("q2", "multiple", null, "a", "b", "c", "d"),
                    question("q3", "multiple", "all-or-nothing", "a", "b", "c"))));

    static final ChoiceKey KEY = ChoiceKey.fromMap(SPEC, map("questions", list(
            questionKey("q1", "b"),
            questionKey("q2", "a", "c"),
            questionKey("q3", "a", "b"))));

    private final ChoiceGrader grader = new ChoiceGrader();

    @Test
    void workedExampleAveragesTheQuestionScores() {
        ChoiceResult result = grade(Map.of("q1", List.of("b"), "q2", List.of("d", "a", "c"), "q3", List.of("a")));

        // q1: single, b picked = right                         -> 1
        // q2: right-minus-wrong, a c right, d wrong: (2 - 1) / 2 -> 0.5
        // q3: all-or-nothing, only a of {a, b}                  -> 0
        // mean = (1 + 0.5 + 0) / 3 = 0.5
        assertThat(result.score()).isCloseTo(0.5, within(1e-12));
        assertThat(result.questions()).extracting(QuestionFeedback::score).containsExactly(1.0, 0.5, 0.0);
        assertThat(result.fullyCorrectCount()).isEqualTo(1);
        assertThat(result.questionCount()).isEqualTo(3);
    }

    @Test
    void theTopLevelScoringAppliesToQuestionsThatNameNone() {
        assertThat(SPEC.questions()).extracting(ChoiceQuestion::scoring).containsExactly(
                ChoiceScoring.RIGHT_MINUS_WRONG, ChoiceScoring.RIGHT_MINUS_WRONG, ChoiceScoring.ALL_OR_NOTHING);
        ChoiceSpec withDefault = ChoiceSpec.fromMap(map("questions", list(question("q1", "single", null, "a", "b"))));
        assertThat(withDefault.questions().getFirst().scoring()).isEqualTo(ChoiceScoring.ALL_OR_NOTHING);
    }

    @Test
    void rightMinusWrongIsClampedAtZero() {
        // q2: b and d wrong, nothing right: (0 - 2) / 2 = -1 -> 0
        ChoiceResult result = grade(Map.of("q2", List.of("b", "d")));
        assertThat(result.questions().get(1).score()).isZero();
        assertThat(result.score()).isZero();
    }

    @Test
    void pickingEveryOptionEarnsOnlyWhatTheRightPicksOutweigh() {
        // q2: all four picked: (2 right - 2 wrong) / 2 = 0; q3 all-or-nothing: 0
        ChoiceResult result = grade(Map.of("q2", List.of("a", "b", "c", "d"), "q3", List.of("a", "b", "c")));
        assertThat(result.questions().get(1).score()).isZero();
        assertThat(result.questions().get(2).score()).isZero();
    }

    @Test
    void feedbackExplainsEveryOptionPickedOrMissedInSpecOrder() {
        ChoiceResult result = grade(Map.of("q2", List.of("d", "a"), "q3", List.of("a")));

        QuestionFeedback q2 = result.questions().get(1);
        assertThat(q2.picked()).containsExactly("a", "d");
        assertThat(q2.correct()).containsExactly("a", "c");
        assertThat(q2.options()).extracting(OptionFeedback::optionId, OptionFeedback::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", OptionOutcome.RIGHT_PICK),
                org.assertj.core.groups.Tuple.tuple("c", OptionOutcome.MISSED),
                org.assertj.core.groups.Tuple.tuple("d", OptionOutcome.WRONG_PICK));
        assertThat(q2.options().get(2).explanation().in(Locale.FRENCH)).isEqualTo("why q2 d (fr)");
        // q2: (1 right - 1 wrong) / 2 = 0
        assertThat(q2.score()).isZero();
        assertThat(result.questions().get(2).options()).extracting(OptionFeedback::outcome)
                .containsExactly(OptionOutcome.RIGHT_PICK, OptionOutcome.MISSED);
    }

    @Test
    void anUnansweredQuestionScoresZeroAndShowsWhatWasMissed() {
        ChoiceResult result = grade(Map.of("q1", List.of("b"), "q2", List.of()));
        // (1 + 0 + 0) / 3
        assertThat(result.score()).isCloseTo(1.0 / 3.0, within(1e-12));
        QuestionFeedback q3 = result.questions().get(2);
        assertThat(q3.picked()).isEmpty();
        assertThat(q3.options()).extracting(OptionFeedback::outcome)
                .containsExactly(OptionOutcome.MISSED, OptionOutcome.MISSED);
    }

    @Test
    void aWrongSingleChoiceScoresZeroUnderEitherRule() {
        assertThat(ChoiceScoring.ALL_OR_NOTHING.score(0, 1, 1)).isZero();
        assertThat(ChoiceScoring.RIGHT_MINUS_WRONG.score(0, 1, 1)).isZero();
        assertThat(ChoiceScoring.RIGHT_MINUS_WRONG.score(1, 0, 1)).isEqualTo(1.0);
        // 3 of 4 correct options, no wrong one: 3/4 under right-minus-wrong, 0 under all-or-nothing
        assertThat(ChoiceScoring.RIGHT_MINUS_WRONG.score(3, 0, 4)).isEqualTo(0.75);
        assertThat(ChoiceScoring.ALL_OR_NOTHING.score(3, 0, 4)).isZero();
    }

    @Test
    void answersReadFromATreeGradeLikeTheSameAnswerBuiltInJava() {
        ChoiceAnswer read = ChoiceAnswer.fromMap(SPEC, map("picks", map("q1", list("b"), "q3", list("b", "a"))));
        assertThat(grader.grade(SPEC, KEY, read))
                .isEqualTo(grade(Map.of("q1", List.of("b"), "q3", List.of("a", "b"))));
    }

    private ChoiceResult grade(Map<String, List<String>> picks) {
        return grader.grade(SPEC, KEY, ChoiceAnswer.of(SPEC, picks));
    }

    static Map<String, Object> question(String id, String kind, String scoring, String... options) {
        List<Object> opts = list();
        for (String o : options) {
            opts.add(map("id", o, "text", text("option " + o)));
        }
        Map<String, Object> q = map("id", id, "kind", kind, "prompt", text("prompt " + id), "options", opts);
        if (scoring != null) {
            q.put("scoring", scoring);
        }
        return q;
    }

    /** Keys every option of the question in SPEC; those listed are the correct ones. */
    static Map<String, Object> questionKey(String id, String... correct) {
        List<String> all = switch (id) {
            case "q1", "q3" -> List.of("a", "b", "c");
            default -> List.of("a", "b", "c", "d");
        };
        List<Object> opts = list();
        for (String o : all) {
            opts.add(map("id", o, "correct", List.of(correct).contains(o), "explanation", text("why " + id + " " + o)));
        }
        return map("id", id, "options", opts);
    }
}
