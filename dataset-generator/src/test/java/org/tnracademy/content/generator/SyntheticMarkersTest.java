package org.tnracademy.content.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Everything that looks like a reachable identifier must be visibly synthetic. */
class SyntheticMarkersTest {

    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.@])@[A-Za-z0-9_]+");
    /** A host name; not the local part of an e-mail address (followed by '@'). */
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?<![\\w.-])(?:[a-z0-9-]+\\.)+[a-z]{2,}(?![\\w@-])");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+\\d[\\d ]*\\d");
    private static final Pattern FAKE_PHONE = Pattern.compile("\\+00 555 01\\d\\d");
    private static final Pattern AUTHOR = Pattern.compile("@[a-z0-9_]+_syn");
    private static final Pattern BRACKET_NOTE = Pattern.compile("\\[[^\\]]*\\]");

    /** Large enough to deal every template many times, with both genders where a template allows. */
    private static List<SyntheticPost> posts;

    @BeforeAll
    static void generate() {
        posts = new PostGenerator().generate(10_000);
    }

    @Test
    void everyHandleEndsInSyn() {
        assertThat(posts).allSatisfy(p -> {
            assertThat(p.author()).matches(AUTHOR);
            texts(p).forEach(text -> all(HANDLE, text).forEach(h -> assertThat(h).as(text).endsWith("_syn")));
        });
    }

    @Test
    void everyDomainIsUnderDotExample() {
        assertThat(posts).allSatisfy(p -> texts(p).forEach(text ->
                all(DOMAIN, text).forEach(d -> assertThat(d).as(text).endsWith(".example"))));
        assertThat(posts).anySatisfy(p -> assertThat(all(DOMAIN, p.text())).isNotEmpty());
    }

    @Test
    void everyPhoneNumberIsInTheFictionalRange() {
        assertThat(posts).allSatisfy(p -> texts(p).forEach(text ->
                all(PHONE_LIKE, text).forEach(n -> assertThat(n).as(text).matches(FAKE_PHONE))));
        assertThat(posts).anySatisfy(p -> assertThat(all(PHONE_LIKE, p.text())).isNotEmpty());
    }

    @Test
    void noLinksAndNoUnfilledPlaceholders() {
        assertThat(posts).allSatisfy(p -> texts(p).forEach(text -> {
            assertThat(text).isNotBlank().doesNotContain("{", "}", "http", "www.");
        }));
    }

    @Test
    void nobodyPostsAboutThemselvesUnlessTheTemplateSaysSo() {
        // only benign posts (own tip line, denial of a smear) are written by the person they name
        assertThat(posts).filteredOn(p -> p.label() != Label.BENIGN)
                .allSatisfy(p -> assertThat(p.text()).doesNotContain(p.author()));
    }

    @Test
    void noTargetEverAuthorsAnAttack() {
        // authors' surnames come from their own list: a person attacked in one post is never the
        // author of a harmful post elsewhere, which would make the exercise incoherent
        assertThat(posts).filteredOn(p -> p.label() != Label.BENIGN).allSatisfy(p ->
                assertThat(Lexicon.SURNAMES).noneMatch(s -> p.author().contains("_" + s.toLowerCase(Locale.ROOT) + "_")));
    }

    @Test
    void platformsAreInvented() {
        assertThat(posts).allSatisfy(p -> assertThat(p.platform()).isIn(Lexicon.PLATFORMS));
    }

    @Test
    void smearsDescribeTheirImagesInsteadOfShowingThem() {
        List<SyntheticPost> smears = posts.stream().filter(p -> p.label() == Label.SEXUALIZED_SMEAR).toList();
        assertThat(smears).isNotEmpty().allSatisfy(p -> all(BRACKET_NOTE, p.text()).forEach(note ->
                assertThat(note).containsAnyOf("— not reproduced]", "— non reproduite]")));
        assertThat(smears).anySatisfy(p -> assertThat(p.text()).contains("[fabricated image — not reproduced]"));
    }

    private static Stream<String> texts(SyntheticPost p) {
        return Stream.concat(Stream.of(p.text()), p.explanation().byLanguage().values().stream());
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.results().map(r -> r.group()).toList();
    }
}
