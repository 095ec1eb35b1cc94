package org.tnracademy.exercises.spans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.LocalizedText;

class SpansGraderTest {

    static final String P1 = "Found her: Mira Tallis lives at 14 Quay Lane, Saltmarrow. "
            + "Call +00 555 0147 or mail mira.t@mail.example today.";
    static final String P2 = "Her brother Ilan Tallis works nights at the Harbour Clinic.";
    static final SpansSpec SPEC = SpansSpec.of(List.of(category("address"), category("phone"), category("email"),
            category("workplace"), category("family-member")),
            List.of(new Post("p1", P1), new Post("p2", P2)), SpansSpec.DEFAULT_MIN_OVERLAP);
    static final SpansKey KEY = SpansKey.validated(SPEC, List.of(
            keySpan("p1", P1, "14 Quay Lane, Saltmarrow", "address"),   // 24 characters
            keySpan("p1", P1, "+00 555 0147", "phone"),                  // 12 characters
            keySpan("p1", P1, "mira.t@mail.example", "email"),           // 19 characters
            keySpan("p2", P2, "Ilan Tallis", "family-member"),           // 11 characters
            keySpan("p2", P2, "Harbour Clinic", "workplace")));          // 14 characters

    private final SpansGrader grader = new SpansGrader();

    /** The worked example of docs/exercise-types/spans.md. */
    static SpansAnswer workedAnswer() {
        return new SpansAnswer(List.of(
                mark("p1", P1, "14 Quay Lane, Saltmarrow", "address"),   // identical: exact
                mark("p1", P1, "555 0147", "phone"),                     // 8 of 12: overlap 8/12
                mark("p1", P1, "mira.t@mail.example", "phone"),          // right range, wrong category
                mark("p2", P2, "brother Ilan Tallis", "family-member"),  // 11 shared of 19: overlap 11/19
                mark("p2", P2, "Clinic", "workplace"),                   // 6 of 14: overlap 6/14 < 0.5
                mark("p2", P2, "nights", "workplace")));                 // nothing there
    }

    @Test
    void workedExampleGivesOverlapF1AndExactF1() {
        SpansResult result = grader.grade(SPEC, KEY, workedAnswer());

        // overlap: 3 matched (address, phone 8/12 >= .5, family 11/19 >= .5), 6 marks, 5 key spans
        //   P = 3/6, R = 3/5, F1 = 2*3 / (2*3 + 3 + 2) = 6/11
        assertThat(result.overlap()).extracting(SpanCounts::truePositives, SpanCounts::falsePositives,
                SpanCounts::falseNegatives).containsExactly(3, 3, 2);
        assertThat(result.overlap().precision()).isEqualTo(0.5);
        assertThat(result.overlap().recall()).isCloseTo(0.6, within(1e-12));
        assertThat(result.score()).isCloseTo(6.0 / 11.0, within(1e-12));
        // exact: only the address; F1 = 2*1 / (2*1 + 5 + 4) = 2/11
        assertThat(result.exact()).extracting(SpanCounts::truePositives, SpanCounts::falsePositives,
                SpanCounts::falseNegatives).containsExactly(1, 5, 4);
        assertThat(result.exact().f1()).isCloseTo(2.0 / 11.0, within(1e-12));
        assertThat(result.minOverlap()).isEqualTo(0.5);
    }

    @Test
    void aLowerMinimumOverlapLetsAShortMarkCount() {
        SpansSpec lenient = new SpansSpec(SPEC.categories(), SPEC.posts(), 0.4);
        // "Clinic" overlaps "Harbour Clinic" by 6/14 = 0.43 >= 0.4: 4 matched, F1 = 2*4 / (2*4 + 2 + 1) = 8/11
        assertThat(grader.grade(lenient, KEY, workedAnswer()).score()).isCloseTo(8.0 / 11.0, within(1e-12));
    }

    @Test
    void feedbackTellsWhatBecameOfEachKeySpanInPostOrder() {
        List<SpanFeedback> feedback = grader.grade(SPEC, KEY, workedAnswer()).keySpans();

        assertThat(feedback).extracting(SpanFeedback::text, SpanFeedback::outcome).containsExactly(
                tuple("14 Quay Lane, Saltmarrow", SpanOutcome.EXACT),
                tuple("+00 555 0147", SpanOutcome.OVERLAP),
                tuple("mira.t@mail.example", SpanOutcome.WRONG_CATEGORY),
                tuple("Ilan Tallis", SpanOutcome.OVERLAP),
                tuple("Harbour Clinic", SpanOutcome.PARTIAL));
        assertThat(feedback.get(1).overlap()).isCloseTo(8.0 / 12.0, within(1e-12));
        assertThat(feedback.get(2).givenCategory()).isEqualTo("phone");
        assertThat(feedback.get(2).overlap()).isEqualTo(1.0);
        assertThat(feedback.get(3).overlap()).isCloseTo(11.0 / 19.0, within(1e-12));
        assertThat(feedback.get(4).overlap()).isCloseTo(6.0 / 14.0, within(1e-12));
        assertThat(feedback.get(4).explanation().in(Locale.FRENCH)).isEqualTo("pourquoi workplace");
    }

    @Test
    void marksThatMatchNothingAreListedInPostOrder() {
        SpansResult result = grader.grade(SPEC, KEY, workedAnswer());
        assertThat(result.unmatchedMarks()).extracting(SpansGraderTest::text)
                .containsExactly("mira.t@mail.example", "nights", "Clinic");
    }

    @Test
    void perCategoryMetricsShowWhichDataWasMissed() {
        List<CategoryMetrics> perCategory = grader.grade(SPEC, KEY, workedAnswer()).perCategory();
        assertThat(perCategory).extracting(CategoryMetrics::category)
                .containsExactly("address", "phone", "email", "workplace", "family-member");
        // phone: one key span matched by "555 0147", and the e-mail marked as a phone: P 1/2, R 1, F1 2/3
        CategoryMetrics phone = perCategory.get(1);
        assertThat(phone).extracting(CategoryMetrics::support, CategoryMetrics::truePositives,
                CategoryMetrics::falsePositives, CategoryMetrics::falseNegatives).containsExactly(1, 1, 1, 0);
        assertThat(phone.f1()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(perCategory.get(3)).extracting(CategoryMetrics::truePositives, CategoryMetrics::falsePositives,
                CategoryMetrics::falseNegatives).containsExactly(0, 2, 1);
    }

    @Test
    void aMissedSpanHasNoGivenMark() {
        SpanFeedback missed = grader.grade(SPEC, KEY, new SpansAnswer(List.of())).keySpans().getFirst();
        assertThat(missed.outcome()).isEqualTo(SpanOutcome.MISSED);
        assertThat(missed.givenStart()).isNull();
        assertThat(missed.givenCategory()).isNull();
        assertThat(missed.overlap()).isZero();
    }

    @Test
    void equalOverlapsAreMatchedByPositionWhateverTheOrderOfTheAnswer() {
        String text = "0123456789abcdef";
        SpansSpec spec = SpansSpec.of(List.of(category("phone")), List.of(new Post("p", text)), 0.5);
        // two adjacent key spans [0,4) and [4,8); one mark [0,8) overlaps each by 4/8 = 0.5
        SpansKey key = SpansKey.validated(spec, List.of(
                new KeySpan("p", 4, 8, "phone", why("b")), new KeySpan("p", 0, 4, "phone", why("a"))));
        SpansResult result = grader.grade(spec, key, new SpansAnswer(List.of(new MarkedSpan("p", 0, 8, "phone"))));
        // the earlier key span wins the tie; F1 = 2*1 / (2*1 + 0 + 1) = 2/3
        assertThat(result.keySpans()).extracting(SpanFeedback::outcome)
                .containsExactly(SpanOutcome.OVERLAP, SpanOutcome.PARTIAL);
        assertThat(result.score()).isCloseTo(2.0 / 3.0, within(1e-12));

        // two marks [0,5) and [5,10) overlapping one key span [0,10) by 1/2 each: the earlier mark matches
        SpansKey one = SpansKey.validated(spec, List.of(new KeySpan("p", 0, 10, "phone", why("a"))));
        List<MarkedSpan> marks = new ArrayList<>(List.of(new MarkedSpan("p", 5, 10, "phone"),
                new MarkedSpan("p", 0, 5, "phone")));
        SpansResult first = grader.grade(spec, one, new SpansAnswer(marks));
        assertThat(first.keySpans().getFirst().givenStart()).isZero();
        assertThat(first.unmatchedMarks()).containsExactly(new MarkedSpan("p", 5, 10, "phone"));
        assertThat(grader.grade(spec, one, new SpansAnswer(marks.reversed()))).isEqualTo(first);
    }

    @Test
    void theOverlapIsJaccardOfTheCharacterRanges() {
        MarkedSpan a = new MarkedSpan("p", 0, 10, "x");
        // [0,10) and [5,15): 5 shared of 15 -> 1/3
        assertThat(SpansGrader.overlap(a, new MarkedSpan("p", 5, 15, "x"))).isCloseTo(1.0 / 3.0, within(1e-12));
        assertThat(SpansGrader.overlap(a, new MarkedSpan("p", 2, 4, "x"))).isCloseTo(0.2, within(1e-12));
        assertThat(SpansGrader.overlap(a, new MarkedSpan("p", 10, 12, "x"))).isZero();
        assertThat(SpansGrader.overlap(a, a)).isEqualTo(1.0);
    }

    @Test
    void everyInvalidMarkIsNamedAtOnce() {
        String emoji = "Call \uD83D\uDCDE 555";
        SpansSpec spec = SpansSpec.of(List.of(category("phone")), List.of(new Post("p1", P1), new Post("e", emoji)),
                0.5);
        SpansKey key = SpansKey.validated(spec, List.of(new KeySpan("p1", 0, 5, "phone", why("x"))));
        List<MarkedSpan> marks = Arrays.asList(
                new MarkedSpan("ghost", 0, 4, "phone"),          // unknown post
                new MarkedSpan("p1", 0, 4, "slander"),           // unknown category
                new MarkedSpan("p1", 10, P1.length() + 1, "phone"),  // past the text
                new MarkedSpan("p1", 8, 8, "phone"),             // empty range
                new MarkedSpan("p1", -1, 3, "phone"),            // negative start
                null,                                            // missing
                new MarkedSpan("p1", 20, 30, "phone"),
                new MarkedSpan("p1", 25, 35, "phone"),           // overlaps spans[6]
                new MarkedSpan("e", 6, 8, "phone"));             // cuts the emoji in two
        assertThatThrownBy(() -> grader.grade(spec, key, new SpansAnswer(marks)))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> {
                    assertThat(e.problems()).extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                            tuple("spans[5]", Code.MISSING_VALUE),
                            tuple("spans[0].post", Code.UNKNOWN_ITEM),
                            tuple("spans[1].category", Code.UNKNOWN_LABEL),
                            tuple("spans[2].end", Code.OUT_OF_RANGE),
                            tuple("spans[3]", Code.OUT_OF_RANGE),
                            tuple("spans[4].start", Code.OUT_OF_RANGE),
                            tuple("spans[8].start", Code.OUT_OF_RANGE),
                            tuple("spans[7]", Code.DUPLICATE_ITEM));
                    assertThat(e.getMessage()).contains("'ghost' is not a post", "overlaps spans[6]",
                            "past the end of the post's text (" + P1.length() + " characters)",
                            "offset 6 of post 'e' cuts the character \"\uD83D\uDCDE\" (offsets 5 to 7) in two");
                });
    }

    @Test
    void marksOfDifferentCategoriesMayOverlap() {
        // a workplace can sit inside an address: both marks are allowed
        SpansAnswer answer = new SpansAnswer(List.of(mark("p1", P1, "14 Quay Lane, Saltmarrow", "address"),
                mark("p1", P1, "14 Quay Lane", "workplace")));
        assertThat(answer.problemsAgainst(SPEC)).isEmpty();
    }

    static SpanCategory category(String id) {
        return new SpanCategory(id, LocalizedText.of(id, null));
    }

    static LocalizedText why(String what) {
        return LocalizedText.of("why " + what, "pourquoi " + what);
    }

    static KeySpan keySpan(String post, String text, String data, String category) {
        int start = text.indexOf(data);
        return new KeySpan(post, start, start + data.length(), category, why(category));
    }

    static MarkedSpan mark(String post, String text, String data, String category) {
        int start = text.indexOf(data);
        return new MarkedSpan(post, start, start + data.length(), category);
    }

    private static String text(MarkedSpan m) {
        return (m.postId().equals("p1") ? P1 : P2).substring(m.start(), m.end());
    }
}
