package org.tnracademy.exercises.spans;

import java.util.Arrays;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Where the characters a reader sees begin and end in a text: the boundaries of its extended
 * grapheme clusters (Unicode UAX #29), as UTF-16 offsets. A letter with its combining accents, an
 * emoji ZWJ sequence, a flag, an emoji with its skin tone, a Hangul syllable written in jamo and a
 * Devanagari conjunct are one cluster each. ICU4J draws them, so every JDK the academy runs on
 * draws the same ones (the JDK's own BreakIterator follows the Unicode version of each release).
 * Computed once per text in linear time; each question after that costs O(log n).
 */
public final class GraphemeBoundaries {

    private final String text;
    /** Ascending; the first is 0, the last the text's length. */
    private final int[] offsets;

    private GraphemeBoundaries(String text, int[] offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    public static GraphemeBoundaries of(String text) {
        // a fresh iterator each time: ICU's iterators are not safe to share between threads
        BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
        clusters.setText(text);
        int[] offsets = new int[Math.min(text.length(), 64) + 1];
        int count = 0;
        for (int at = clusters.first(); at != BreakIterator.DONE; at = clusters.next()) {
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, Math.min(text.length() + 1, offsets.length * 2));
            }
            offsets[count++] = at;
        }
        return new GraphemeBoundaries(text, Arrays.copyOf(offsets, count));
    }

    public String text() {
        return text;
    }

    /** True when a mark may start or end at this UTF-16 offset: 0, the text's length, or between two clusters. */
    public boolean isBoundary(int offset) {
        return Arrays.binarySearch(offsets, offset) >= 0;
    }

    /** The boundary at or before the offset: the start of the cluster it falls in (0 for a negative offset). */
    public int floor(int offset) {
        int at = Arrays.binarySearch(offsets, offset);
        return at >= 0 ? offset : offsets[Math.max(0, -at - 2)];
    }

    /** The boundary at or after the offset: the end of the cluster it falls in (the length, past the end). */
    public int ceiling(int offset) {
        int at = Arrays.binarySearch(offsets, offset);
        return at >= 0 ? offset : offsets[Math.min(offsets.length - 1, -at - 1)];
    }

    /** How many characters a reader sees in the text. */
    public int clusterCount() {
        return offsets.length - 1;
    }

    /** How many whole clusters lie before the offset (the clusters a mark starting there leaves out). */
    public int clustersBefore(int offset) {
        int at = Arrays.binarySearch(offsets, offset);
        return at >= 0 ? at : Math.max(0, -at - 2);
    }

    /** The UTF-16 offset where cluster {@code index} begins, counting from 0; {@code clusterCount()} gives the length. */
    public int offsetOfCluster(int index) {
        return offsets[index];
    }
}
