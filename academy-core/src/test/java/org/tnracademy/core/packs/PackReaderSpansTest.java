package org.tnracademy.core.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spans key in a pack is read against the characters a reader sees: spans on whole grapheme
 * clusters in right-to-left, CJK and emoji posts are accepted; a span ending inside a flag or
 * splitting a letter from its accent is refused with its file, line, post and offset. Posts invented.
 */
class PackReaderSpansTest {

    /** Right to left with a Latin handle and digits, then a flag. */
    private static final String ARABIC = "وجدناها: ليلى حداد تسكن في ١٤ شارع الميناء، راسلوا @laila_h_syn \uD83C\uDDEB\uD83C\uDDF7";
    /** Japanese with a voiced mark written as a combining character (カ + ゙ reads ガ). */
    private static final String JAPANESE = "妹は𠮷田美咲、勤務先は港北クリニック、住所はカ\u3099ーデン潮見201。";

    private final PackReader reader = new PackReader();

    @Test
    void aKeyOnWholeCharactersInRightToLeftAndCjkPostsIsRead(@TempDir Path dir) throws IOException {
        int handle = ARABIC.indexOf("@laila_h_syn");
        int address = JAPANESE.indexOf("カ");
        onePack(dir, span("p-ar", handle, handle + 12, "handle") + span("p-ja", address, JAPANESE.length() - 1,
                "address"));

        CoursePack pack = reader.read(new DirectoryPackSource(dir));

        CoursePack.Exercise exercise = (CoursePack.Exercise) pack.modules().getFirst().items().getFirst();
        List<Integer> starts = ((List<?>) exercise.key().get("spans")).stream()
                .map(s -> ((Number) ((Map<?, ?>) s).get("start")).intValue()).toList();
        assertThat(starts).containsExactly(handle, address);
    }

    @Test
    void aKeySpanCuttingAFlagOrAVoicedMarkIsNamedWithItsFileLinePostAndOffset(@TempDir Path dir) throws IOException {
        int flag = ARABIC.indexOf("\uD83C\uDDEB");
        int handle = ARABIC.indexOf("@laila_h_syn");
        int address = JAPANESE.indexOf("カ");
        onePack(dir, span("p-ar", handle, flag + 2, "handle") + span("p-ja", address, address + 1, "address"));

        assertThatThrownBy(() -> reader.read(new DirectoryPackSource(dir)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems())
                        .extracting(PackProblem::toString).containsExactly(
                                "keys/ex.key.yaml:2: spans[0].end: offset " + (flag + 2) + " of post 'p-ar' cuts the "
                                        + "character \"\uD83C\uDDEB\uD83C\uDDF7\" (offsets " + flag + " to " + (flag + 4)
                                        + ") in two; a span starts and ends between characters as a reader sees them, "
                                        + "here " + flag + " or " + (flag + 4),
                                "keys/ex.key.yaml:3: spans[1].end: offset " + (address + 1) + " of post 'p-ja' cuts "
                                        + "the character \"カ\u3099\" (offsets " + address + " to " + (address + 2)
                                        + ") in two; a span starts and ends between characters as a reader sees them, "
                                        + "here " + address + " or " + (address + 2)));
    }

    private static String span(String post, int start, int end, String category) {
        return "  - {post: " + post + ", start: " + start + ", end: " + end + ", category: " + category
                + ", explanation: {en: \"Exposed.\"}}\n";
    }

    private static void onePack(Path dir, String keySpans) throws IOException {
        OneExercisePack.write(dir, """
                id: ex
                type: spans
                version: 1
                title: {en: "Ex"}
                instructions: {en: "Mark the data"}
                key: keys/ex.key.yaml
                spec:
                  categories:
                    - {id: handle, title: {en: "Handle"}}
                    - {id: address, title: {en: "Address"}}
                  posts:
                    - {id: p-ar, text: "%s"}
                    - {id: p-ja, text: "%s"}
                """.formatted(ARABIC, JAPANESE), "spans:\n" + keySpans);
    }
}
