package org.tnracademy.exercises.spans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The characters a reader sees, as boundaries in UTF-16 offsets, in the scripts and emoji the posts carry. */
class GraphemeBoundariesTest {

    static List<Arguments> texts() {
        return List.of(
                // e + combining acute, i + combining acute: one letter each
                Arguments.of("combining accents", "Zoe\u0301 Marti\u0301nez", List.of(0, 1, 2, 4, 5, 6, 7, 8, 9, 11, 12,
                        13, 14)),
                // woman, skin tone, ZWJ, laptop: one technologist
                Arguments.of("emoji ZWJ sequence with a skin tone", "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB ok",
                        List.of(0, 7, 8, 9, 10)),
                Arguments.of("family ZWJ sequence", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", List.of(0, 8)),
                // two regional-indicator pairs: France, Germany
                Arguments.of("flags", "\uD83C\uDDEB\uD83C\uDDF7\uD83C\uDDE9\uD83C\uDDEA", List.of(0, 4, 8)),
                Arguments.of("skin-tone modifier", "\uD83D\uDC4D\uD83C\uDFFD!", List.of(0, 4, 5)),
                // क्षे (ka, virama, ssa, vowel sign e) and त्र are conjuncts: one cluster each (Unicode 15.1 and later)
                Arguments.of("Devanagari conjuncts", "पता: क्षेत्र 7", List.of(0, 1, 3, 4, 5, 9, 12, 13, 14)),
                // 각 written as three conjoining jamo, then the precomposed 한
                Arguments.of("Hangul jamo and syllable", "\u1100\u1161\u11A8\uD55C", List.of(0, 3, 4)),
                // Arabic letters with their harakat (damma, fatha, shadda + fatha)
                Arguments.of("Arabic with harakat", "مُحَمَّد", List.of(0, 2, 4, 7, 8)),
                // Persian: the zero-width non-joiner stays with the letter before it
                Arguments.of("Persian with a zero-width non-joiner", "خانه\u200Cاش", List.of(0, 1, 2, 3, 5, 6, 7)),
                // か + combining voiced mark reads が; 𠮷 lies outside the BMP (two code units)
                Arguments.of("Japanese voiced mark and a supplementary kanji", "か\u3099\uD842\uDFB7田",
                        List.of(0, 2, 4, 5)),
                Arguments.of("Chinese", "林晓雯住在海港路", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8)),
                Arguments.of("empty text", "", List.of(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void boundariesFallBetweenTheCharactersAReaderSees(String what, String text, List<Integer> expected) {
        GraphemeBoundaries clusters = GraphemeBoundaries.of(text);

        List<Integer> boundaries = new ArrayList<>();
        for (int offset = 0; offset <= text.length(); offset++) {
            if (clusters.isBoundary(offset)) {
                boundaries.add(offset);
            }
        }
        assertThat(boundaries).isEqualTo(expected);
        assertThat(clusters.clusterCount()).isEqualTo(expected.size() - 1);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(clusters.offsetOfCluster(i)).isEqualTo(expected.get(i));
            assertThat(clusters.clustersBefore(expected.get(i))).isEqualTo(i);
        }
    }

    @Test
    void anOffsetInsideAClusterSnapsOutwardToItsEdges() {
        String text = "Zoe\u0301 \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB"; // "Zoé" then the technologist at 5..12
        GraphemeBoundaries clusters = GraphemeBoundaries.of(text);

        assertThat(clusters.floor(3)).isEqualTo(2);
        assertThat(clusters.ceiling(3)).isEqualTo(4);
        assertThat(clusters.floor(9)).isEqualTo(5);
        assertThat(clusters.ceiling(9)).isEqualTo(12);
        // on a boundary nothing moves; outside the text, the nearest end
        assertThat(clusters.floor(4)).isEqualTo(4);
        assertThat(clusters.ceiling(4)).isEqualTo(4);
        assertThat(clusters.floor(-3)).isZero();
        assertThat(clusters.ceiling(99)).isEqualTo(text.length());
        // a mark from inside é to inside the emoji covers 2 whole clusters before it and the 3 it touches
        assertThat(clusters.clustersBefore(3)).isEqualTo(2);
        assertThat(clusters.clustersBefore(9)).isEqualTo(4);
        assertThat(clusters.isBoundary(-1)).isFalse();
        assertThat(clusters.isBoundary(text.length() + 1)).isFalse();
    }

    @Test
    void aLongTextIsReadOnceIntoEveryBoundary() {
        String text = "مُحَمَّد \uD83C\uDDEB\uD83C\uDDF7 ".repeat(20_000);
        GraphemeBoundaries clusters = GraphemeBoundaries.of(text);

        // per repeat: 4 Arabic letters, a space, a flag, a space
        assertThat(clusters.clusterCount()).isEqualTo(7 * 20_000);
        assertThat(clusters.offsetOfCluster(clusters.clusterCount())).isEqualTo(text.length());
    }
}
