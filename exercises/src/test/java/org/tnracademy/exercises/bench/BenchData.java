package org.tnracademy.exercises.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.labelling.KeyEntry;
import org.tnracademy.exercises.labelling.LabellingAnswer;
import org.tnracademy.exercises.labelling.LabellingKey;
import org.tnracademy.exercises.labelling.LabellingSpec;

/**
 * Deterministic inputs for the grader benchmarks: the same seed and size always give the same
 * exercise and answer. Shared by the benchmarks of every exercise type, so item ids, label skew and
 * the share of right, wrong and missing answers are the same across graders.
 */
public final class BenchData {

    /** The seed every benchmark uses unless it has a reason not to. */
    public static final long SEED = 20250617L;

    /** Share of items a benchmark learner gets right, gets wrong and leaves out (percent). */
    public static final int CORRECT_PERCENT = 80;
    public static final int WRONG_PERCENT = 10;

    /** Five forms of repression with a realistic skew: benign posts dominate, threats are rare. */
    public static final List<String> LABELS = List.of("benign", "harassment", "doxing", "smear", "threat-to-family");
    private static final int[] LABEL_WEIGHTS = {40, 25, 15, 12, 8};

    /** How many different explanations an author writes per label; keys share these instances. */
    public static final int EXPLANATIONS_PER_LABEL = 4;

    private BenchData() {
    }

    /** A fresh generator for one input; {@code salt} keeps the streams of different inputs apart. */
    public static SplittableRandom random(long salt) {
        return new SplittableRandom(SEED ^ (salt * 0x9E3779B97F4A7C15L));
    }

    /** Item ids as a dataset would have them: {@code post-0000042}. */
    public static String itemId(int i) {
        return String.format("post-%07d", i);
    }

    /**
     * A copy of {@code s} that is equal but not the same instance, as a string parsed from a
     * learner's submission would be: graders must not get identity comparisons for free.
     */
    public static String parsed(String s) {
        return new String(s.toCharArray());
    }

    /** What the benchmark learner does with one item: 0 right, 1 wrong, 2 left out. */
    public static int outcome(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < CORRECT_PERCENT ? 0 : r < CORRECT_PERCENT + WRONG_PERCENT ? 1 : 2;
    }

    /** A label index drawn with the skew of {@link #LABELS}. */
    static int skewedLabel(SplittableRandom random) {
        int r = random.nextInt(100);
        for (int i = 0; i < LABEL_WEIGHTS.length; i++) {
            r -= LABEL_WEIGHTS[i];
            if (r < 0) {
                return i;
            }
        }
        return LABEL_WEIGHTS.length - 1;
    }

    /** An item-labelling exercise of {@code items} items and one learner's answer to it. */
    public record Labelling(LabellingSpec spec, LabellingKey key, Map<String, String> submitted,
                            LabellingAnswer answer, int correct, int wrong, int unlabelled) {
    }

    /**
     * A 5-label spec, a key of {@code items} items whose explanations are shared instances (a real
     * key interns them), and an answer with about 80% right, 10% wrong and 10% unlabelled items
     * whose ids and labels are separate string instances, as if parsed from a submission.
     */
    public static Labelling labelling(int items) {
        SplittableRandom random = random(1);
        LabellingSpec spec = LabellingSpec.of(LABELS);
        int k = LABELS.size();
        List<LocalizedText> explanations = new ArrayList<>(k * EXPLANATIONS_PER_LABEL);
        for (String label : LABELS) {
            for (int e = 0; e < EXPLANATIONS_PER_LABEL; e++) {
                explanations.add(LocalizedText.of("Why this post is " + label + " (" + e + ")",
                        "Pourquoi ce message relève de " + label + " (" + e + ")"));
            }
        }
        Map<String, KeyEntry> entries = new LinkedHashMap<>(capacity(items));
        Map<String, String> submitted = new HashMap<>(capacity(items));
        int correct = 0;
        int wrong = 0;
        for (int i = 0; i < items; i++) {
            String item = itemId(i);
            int expected = skewedLabel(random);
            LocalizedText why = explanations.get(expected * EXPLANATIONS_PER_LABEL
                    + random.nextInt(EXPLANATIONS_PER_LABEL));
            entries.put(item, new KeyEntry(LABELS.get(expected), why));
            switch (outcome(random)) {
                case 0 -> {
                    submitted.put(parsed(item), parsed(LABELS.get(expected)));
                    correct++;
                }
                case 1 -> {
                    int given = (expected + 1 + random.nextInt(k - 1)) % k;
                    submitted.put(parsed(item), parsed(LABELS.get(given)));
                    wrong++;
                }
                default -> {
                    // left unlabelled
                }
            }
        }
        LabellingKey key = LabellingKey.validated(spec, entries);
        return new Labelling(spec, key, submitted, new LabellingAnswer(submitted), correct, wrong,
                items - correct - wrong);
    }

    /** A HashMap capacity that holds {@code n} entries without rehashing. */
    public static int capacity(int n) {
        return (int) Math.min(Integer.MAX_VALUE, n * 4L / 3 + 1);
    }
}
