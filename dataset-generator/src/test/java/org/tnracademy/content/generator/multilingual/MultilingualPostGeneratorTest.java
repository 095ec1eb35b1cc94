package org.tnracademy.content.generator.multilingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tnracademy.content.generator.Label;
import org.tnracademy.content.generator.PostGenerator;

class MultilingualPostGeneratorTest {

    private static final List<MultilingualPost> POSTS = new MultilingualPostGenerator(PostGenerator.DEFAULT_SEED)
            .generate();

    /** The letters each language's posts are written in. */
    private static final Map<PostLanguage, Pattern> SCRIPTS = Map.of(
            PostLanguage.ZH, Pattern.compile("\\p{IsHan}"),
            PostLanguage.RU, Pattern.compile("\\p{IsCyrillic}"),
            PostLanguage.FA, Pattern.compile("[پچژگک]"),
            PostLanguage.AR, Pattern.compile("[ةى]|\\p{IsArabic}"),
            PostLanguage.TR, Pattern.compile("[ğışçöüİ]"));

    @Test
    void everyLanguageHasOnePostOfEachLabel() {
        assertThat(POSTS).hasSize(25);
        for (PostLanguage lang : PostLanguage.values()) {
            assertThat(POSTS.stream().filter(p -> p.lang() == lang).map(MultilingualPost::label))
                    .as(lang.code()).containsExactlyInAnyOrder(Label.values());
        }
    }

    @Test
    void eachPostIsWrittenInItsOwnScriptWithAnEnglishGloss() {
        for (MultilingualPost p : POSTS) {
            assertThat(SCRIPTS.get(p.lang()).matcher(p.text()).find()).as(p.id() + " " + p.text()).isTrue();
            assertThat(p.gloss()).as(p.id()).matches("[\\p{IsLatin}\\p{N}\\p{P}\\p{Zs}\\p{S}]+");
            assertThat(p.text() + p.gloss()).as(p.id()).doesNotContain("{", "}");
        }
    }

    @Test
    void everyAccountAndNumberIsSynthetic() {
        Pattern handle = Pattern.compile("@[a-z0-9_]+");
        Pattern phone = Pattern.compile("\\+\\d[\\d ]+\\d");
        for (MultilingualPost p : POSTS) {
            assertThat(p.author()).as(p.id()).endsWith("_syn");
            handle.matcher(p.text()).results().forEach(m -> assertThat(m.group()).as(p.id()).endsWith("_syn"));
            phone.matcher(p.text()).results().forEach(m -> assertThat(m.group()).as(p.id())
                    .matches("\\+00 555 01\\d\\d"));
        }
    }

    @Test
    void smearsAreNotedNeverDepicted() {
        POSTS.stream().filter(p -> p.label() == Label.SEXUALIZED_SMEAR)
                .forEach(p -> assertThat(p.gloss()).as(p.id()).contains("[fabricated image — not reproduced]"));
    }

    @Test
    void explanationsAreInTheFiveInterfaceLanguagesAndCarryTheGloss() {
        for (MultilingualPost p : POSTS) {
            assertThat(p.explanation().byLanguage()).as(p.id()).containsOnlyKeys("en", "fr", "de", "it", "ja");
            p.explanation().byLanguage().values().forEach(text -> assertThat(text).as(p.id()).contains(p.gloss()));
        }
    }

    @Test
    void theSameSeedGivesTheSamePostsAndAnotherSeedAnotherOrder() {
        assertThat(new MultilingualPostGenerator(PostGenerator.DEFAULT_SEED).generate()).isEqualTo(POSTS);
        Function<List<MultilingualPost>, String> order = posts -> posts.stream()
                .map(p -> p.lang().code() + p.label().id()).collect(Collectors.joining(","));
        assertThat(order.apply(new MultilingualPostGenerator(1).generate())).isNotEqualTo(order.apply(POSTS));
    }
}
