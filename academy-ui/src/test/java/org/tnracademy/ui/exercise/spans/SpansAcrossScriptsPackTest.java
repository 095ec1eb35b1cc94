package org.tnracademy.ui.exercise.spans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.spans.GraphemeBoundaries;
import org.tnracademy.exercises.spans.KeySpan;
import org.tnracademy.exercises.spans.SpansKey;
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.exercises.spans.SpansType;
import org.tnracademy.core.packs.ClasspathPackSource;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackReader;

/**
 * The test pack the spans browser test marks in (test-packs/spans-across-scripts) reads, its key
 * lies on whole characters in every script, and the escapes in its YAML give the decomposed text
 * (accents, jamo, the voiced mark) the browser test expects, in every build, with or without a browser.
 */
class SpansAcrossScriptsPackTest {

    private static final SpansType TYPE = new SpansType();

    @Test
    void theBrowserTestsPackReadsAndItsKeyQuotesWholeCharacters() {
        CoursePack pack = new PackReader().read(new ClasspathPackSource("test-packs/spans-across-scripts/",
                getClass().getClassLoader()));
        CoursePack.Exercise exercise = (CoursePack.Exercise) pack.modules().getFirst().items().getFirst();
        SpansSpec spec = TYPE.readSpec(exercise.spec());
        SpansKey key = TYPE.readKey(spec, exercise.key());

        assertThat(spec.posts()).extracting(p -> p.id()).containsExactly("post-ar", "post-fa", "post-ja", "post-zh",
                "post-emoji", "post-hi", "post-ko");
        Map<String, String> texts = new java.util.HashMap<>();
        spec.posts().forEach(p -> texts.put(p.id(), p.text()));
        List<String> quoted = key.spans().stream().map(s -> texts.get(s.postId()).substring(s.start(), s.end()))
                .toList();
        assertThat(quoted).contains("مُحَمَّد", "\uD842\uDFB7田美咲", "Cafe\u0301 Lumie\u0300re",
                "\u1112\u1161\u11AB\u1109\u1165\u110B\u1172\u11AB", "क्षेत्र 7, गली 12, नगरपुर", "خیابان بهار، پلاک ۱۲");
        for (KeySpan s : key.spans()) {
            GraphemeBoundaries clusters = GraphemeBoundaries.of(texts.get(s.postId()));
            assertThat(clusters.isBoundary(s.start()) && clusters.isBoundary(s.end())).as(s.toString()).isTrue();
        }
        assertThat(texts.get("post-emoji")).contains("Zoe\u0301 ", "\u200D", "\uD83C\uDDEB\uD83C\uDDF7");
        assertThat(texts.get("post-ja")).contains("カ\u3099");
    }
}
