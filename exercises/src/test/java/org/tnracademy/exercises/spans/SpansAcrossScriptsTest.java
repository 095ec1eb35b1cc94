package org.tnracademy.exercises.spans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;

/**
 * Marks and key spans in Chinese, Japanese, Arabic, Persian (right to left, with Latin handles and
 * digits), Devanagari, Hangul, combining accents and emoji: whole characters as a reader sees them
 * are accepted and graded in the text's logical order; a cut through one is refused, naming the
 * post and the offset. Every post, name and number is invented.
 */
class SpansAcrossScriptsTest {

    static final String ZH = "举报：林晓雯住在海港路14号3楼，电话+00 555 0192，在海星诊所上夜班。";
    /** 𠮷 (U+20BB7) takes two code units; カ + combining voiced mark reads ガ. */
    static final String JA = "@sora_k_syn の妹は\uD842\uDFB7田美咲、勤務先は港北クリニック、住所は潮見町2丁目5-3 カ\u3099ーデン潮見201。";
    /** Right to left with a Latin handle, Latin digits and Arabic-Indic digits; the brother's name carries harakat. */
    static final String AR = "وجدناها: ليلى حداد تسكن في ١٤ شارع الميناء، أخوها مُحَمَّد، اتصلوا على +00 555 0147 أو راسلوا @laila_h_syn";
    /** Persian: خانه‌اش and شماره‌اش carry a zero-width non-joiner. */
    static final String FA = "آدرس خانه\u200Cاش: خیابان بهار، پلاک ۱۲. شماره\u200Cاش +00 555 0134 است.";
    static final String HI = "पता: क्षेत्र 7, गली 12, नगरपुर। फ़ोन +00 555 0168";
    /** The sister's name arrives decomposed into conjoining jamo (NFD), as some systems send Hangul. */
    static final String KO = "주소: 바다로 8길 12, 동생 " + Normalizer.normalize("한서윤", Normalizer.Form.NFD)
            + ", 연락처 +00 555 0177";
    /** Decomposed accents, an emoji ZWJ sequence with a skin tone, a flag, a thumbs-up with a skin tone. */
    static final String EMOJI = "Zoe\u0301 Marti\u0301nez \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB works at "
            + "Cafe\u0301 Lumie\u0300re \uD83C\uDDEB\uD83C\uDDF7 \uD83D\uDC4D\uD83C\uDFFD mail zoe.m@mail.example";

    static final SpansSpec SPEC = SpansSpec.of(
            List.of(category("address"), category("phone"), category("email"), category("workplace"),
                    category("relative"), category("handle")),
            List.of(new Post("zh", ZH), new Post("ja", JA), new Post("ar", AR), new Post("fa", FA),
                    new Post("hi", HI), new Post("ko", KO), new Post("emoji", EMOJI)),
            SpansSpec.DEFAULT_MIN_OVERLAP);

    static final List<KeySpan> KEY_SPANS = List.of(
            key("zh", ZH, "海港路14号3楼", "address"),
            key("zh", ZH, "+00 555 0192", "phone"),
            key("zh", ZH, "海星诊所", "workplace"),
            key("ja", JA, "\uD842\uDFB7田美咲", "relative"),
            key("ja", JA, "港北クリニック", "workplace"),
            key("ja", JA, "潮見町2丁目5-3 カ\u3099ーデン潮見201", "address"),
            key("ar", AR, "١٤ شارع الميناء", "address"),
            key("ar", AR, "مُحَمَّد", "relative"),
            key("ar", AR, "+00 555 0147", "phone"),
            key("ar", AR, "@laila_h_syn", "handle"),
            key("fa", FA, "خیابان بهار، پلاک ۱۲", "address"),
            key("fa", FA, "+00 555 0134", "phone"),
            key("hi", HI, "क्षेत्र 7, गली 12, नगरपुर", "address"),
            key("hi", HI, "+00 555 0168", "phone"),
            key("ko", KO, "바다로 8길 12", "address"),
            key("ko", KO, Normalizer.normalize("한서윤", Normalizer.Form.NFD), "relative"),
            key("emoji", EMOJI, "Cafe\u0301 Lumie\u0300re", "workplace"),
            key("emoji", EMOJI, "zoe.m@mail.example", "email"));

    private final SpansGrader grader = new SpansGrader();

    @Test
    void aKeyOnWholeCharactersIsAcceptedAndMarkingItExactlyScoresFull() {
        SpansKey key = SpansKey.validated(SPEC, KEY_SPANS);
        List<MarkedSpan> marks = KEY_SPANS.stream()
                .map(k -> new MarkedSpan(k.postId(), k.start(), k.end(), k.category())).toList();

        SpansResult result = grader.grade(SPEC, key, new SpansAnswer(marks));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.keySpans()).allSatisfy(f -> assertThat(f.outcome()).isEqualTo(SpanOutcome.EXACT));
        // the feedback quotes the data as the post shows it, whole clusters included
        assertThat(result.keySpans()).extracting(SpanFeedback::text)
                .contains("\uD842\uDFB7田美咲", "مُحَمَّد", "@laila_h_syn", "Cafe\u0301 Lumie\u0300re");
    }

    @Test
    void inARightToLeftPostOffsetsFollowTheTextsLogicalOrder() {
        SpansKey key = SpansKey.validated(SPEC, KEY_SPANS);
        // the street without its number (12 of 15 code units), and the handle read left to right inside Arabic
        SpansAnswer answer = new SpansAnswer(List.of(mark("ar", AR, "شارع الميناء", "address"),
                mark("ar", AR, "@laila_h_syn", "handle"), mark("fa", FA, "خیابان بهار", "address")));

        SpansResult result = grader.grade(SPEC, key, answer);

        SpanFeedback street = result.keySpans().stream().filter(f -> f.text().equals("١٤ شارع الميناء")).findFirst()
                .orElseThrow();
        assertThat(street.outcome()).isEqualTo(SpanOutcome.OVERLAP);
        assertThat(street.overlap()).isEqualTo(12.0 / 15.0);
        SpanFeedback handle = result.keySpans().stream().filter(f -> f.category().equals("handle")).findFirst()
                .orElseThrow();
        assertThat(handle.outcome()).isEqualTo(SpanOutcome.EXACT);
        // "خیابان بهار" is 11 of the 20 code units of the Persian address: more than half
        SpanFeedback persian = result.keySpans().stream().filter(f -> f.postId().equals("fa")
                && f.category().equals("address")).findFirst().orElseThrow();
        assertThat(persian.overlap()).isEqualTo(11.0 / 20.0);
        assertThat(persian.outcome()).isEqualTo(SpanOutcome.OVERLAP);
    }

    static List<Arguments> cuts() {
        return List.of(
                // "Zoe" without its combining acute
                Arguments.of("combining accent", "emoji", EMOJI.indexOf("Zoe"), EMOJI.indexOf("Zoe") + 3, ".end",
                        "e\u0301"),
                // the woman without her laptop
                Arguments.of("emoji ZWJ sequence", "emoji", EMOJI.indexOf("\uD83D\uDC69"),
                        EMOJI.indexOf("\uD83D\uDC69") + 4, ".end", "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB"),
                // half a French flag
                Arguments.of("flag", "emoji", EMOJI.indexOf("\uD83C\uDDEB") + 2, EMOJI.indexOf("\uD83C\uDDEB") + 4,
                        ".start", "\uD83C\uDDEB\uD83C\uDDF7"),
                // the thumbs-up without its skin tone
                Arguments.of("skin-tone modifier", "emoji", EMOJI.indexOf("\uD83D\uDC4D"),
                        EMOJI.indexOf("\uD83D\uDC4D") + 2, ".end", "\uD83D\uDC4D\uD83C\uDFFD"),
                // from inside the conjunct क्षे
                Arguments.of("Devanagari conjunct", "hi", HI.indexOf("क्षे") + 2, HI.indexOf(" 7"), ".start",
                        "क्षे"),
                // the first jamo of 한 alone
                Arguments.of("Hangul jamo", "ko", KO.indexOf("동생 ") + 3, KO.indexOf("동생 ") + 4, ".end",
                        Normalizer.normalize("한", Normalizer.Form.NFD)),
                // مُحَمَّد cut between its first letter and its damma
                Arguments.of("Arabic harakat", "ar", AR.indexOf("مُحَمَّد"), AR.indexOf("مُحَمَّد") + 1, ".end", "مُ"),
                // خانه without the non-joiner that belongs to its last letter
                Arguments.of("Persian zero-width non-joiner", "fa", FA.indexOf("خانه"), FA.indexOf("خانه") + 4, ".end",
                        "ه\u200C"),
                // カ without its voiced mark
                Arguments.of("Japanese voiced mark", "ja", JA.indexOf("カ"), JA.indexOf("カ") + 1, ".end", "カ\u3099"),
                // half of 𠮷
                Arguments.of("Chinese character outside the BMP", "ja", JA.indexOf("\uD842") + 1,
                        JA.indexOf("田美咲"), ".start", "\uD842\uDFB7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cuts")
    void aMarkCuttingACharacterIsRefusedNamingThePostAndTheOffset(String what, String post, int start, int end,
                                                                    String cutEnd, String cluster) {
        SpansAnswer answer = new SpansAnswer(List.of(new MarkedSpan(post, start, end, "address")));
        int offset = cutEnd.equals(".start") ? start : end;

        assertThat(answer.problemsAgainst(SPEC)).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("spans[0]" + cutEnd);
            assertThat(p.code()).isEqualTo(Code.OUT_OF_RANGE);
            assertThat(p.detail()).startsWith("offset " + offset + " of post '" + post + "' cuts the character \""
                    + cluster + "\"");
        });
        assertThatThrownBy(() -> grader.grade(SPEC, SpansKey.validated(SPEC, KEY_SPANS), answer))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where).containsExactly("spans[0]" + cutEnd));
    }

    @Test
    void anAnswerReadFromItsTreeNamesEveryCutAtOnce() {
        int flag = EMOJI.indexOf("\uD83C\uDDEB");
        int conjunct = HI.indexOf("क्षे");
        Map<String, Object> tree = Map.of("spans", List.of(
                Map.of("post", "emoji", "start", flag, "end", flag + 2, "category", "handle"),
                Map.of("post", "hi", "start", conjunct + 1, "end", conjunct + 3, "category", "address"),
                Map.of("post", "emoji", "start", flag, "end", flag + 4, "category", "address")));

        assertThatThrownBy(() -> SpansAnswer.fromMap(SPEC, tree)).isInstanceOfSatisfying(InvalidAnswerException.class,
                e -> assertThat(e.problems()).extracting(AnswerProblem::where)
                        .containsExactly("spans[0].end", "spans[1].start", "spans[1].end"));
    }

    @Test
    void aKeyFileWithASpanCuttingAFlagIsRefusedWhenRead() {
        int flag = EMOJI.indexOf("\uD83C\uDDEB");
        Map<String, Object> tree = Map.of("exercise", "mark-across-scripts", "spans", List.of(
                Map.of("post", "ar", "start", AR.indexOf("@"), "end", AR.length(), "category", "handle",
                        "explanation", Map.of("en", "A handle leads to her account.")),
                Map.of("post", "emoji", "start", flag, "end", flag + 2, "category", "address",
                        "explanation", Map.of("en", "A typo ends this span inside the flag."))));

        assertThatThrownBy(() -> SpansKey.fromMap(SPEC, tree)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("spans[1].end");
                    assertThat(p.toString()).contains("offset " + (flag + 2) + " of post 'emoji'",
                            "(offsets " + flag + " to " + (flag + 4) + ")");
                }));
    }

    static SpanCategory category(String id) {
        return new SpanCategory(id, LocalizedText.of(id, null));
    }

    static KeySpan key(String post, String text, String data, String category) {
        int start = text.indexOf(data);
        assertThat(start).as(data + " in " + post).isNotNegative();
        return new KeySpan(post, start, start + data.length(), category, LocalizedText.of("why " + category, null));
    }

    static MarkedSpan mark(String post, String text, String data, String category) {
        int start = text.indexOf(data);
        return new MarkedSpan(post, start, start + data.length(), category);
    }
}
