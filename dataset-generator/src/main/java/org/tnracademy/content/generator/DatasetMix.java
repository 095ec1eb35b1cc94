package org.tnracademy.content.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many posts of each label and language a dataset of {@code n} posts holds, before shuffling.
 * The proportions are those of the 40-post starter set: 7 posts for each harmful label and 12
 * benign ones (benign is the largest class, as in real moderation queues, and carries the hard
 * negatives), three posts in five in English and two in French, spread evenly within each label.
 */
final class DatasetMix {

    /** Indexed by {@link Label#ordinal()}. */
    private static final int[] LABEL_WEIGHTS = {7, 7, 7, 7, 12};
    private static final int ENGLISH_PARTS = 3;
    private static final int LANGUAGE_PARTS = 5;

    /** One post to be: its label and language, before a template is chosen. */
    record Slot(Label label, Language lang) {
    }

    private DatasetMix() {
    }

    /** The slots, grouped by label; the caller shuffles them. */
    static List<Slot> slots(int n) {
        int[] counts = labelCounts(n);
        List<Slot> slots = new ArrayList<>(n);
        for (Label label : Label.values()) {
            for (int c = 0; c < counts[label.ordinal()]; c++) {
                slots.add(new Slot(label, language(slots.size())));
            }
        }
        return slots;
    }

    /** Largest-remainder apportionment, ties broken by label order, so counts always sum to n. */
    static int[] labelCounts(int n) {
        Label[] labels = Label.values();
        int total = 0;
        for (int w : LABEL_WEIGHTS) {
            total += w;
        }
        int[] counts = new int[labels.length];
        long[] remainders = new long[labels.length];
        int assigned = 0;
        for (int i = 0; i < labels.length; i++) {
            long share = (long) n * LABEL_WEIGHTS[i];
            counts[i] = (int) (share / total);
            remainders[i] = share % total;
            assigned += counts[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; assigned < n; k++, assigned++) {
            counts[byRemainder.get(k)]++;
        }
        return counts;
    }

    /**
     * English for three positions in every five, in an even pattern: as each label's slots are
     * contiguous, every label gets close to the same 60/40 split.
     */
    private static Language language(int position) {
        long before = (long) position * ENGLISH_PARTS / LANGUAGE_PARTS;
        long after = (long) (position + 1) * ENGLISH_PARTS / LANGUAGE_PARTS;
        return after > before ? Language.EN : Language.FR;
    }
}
