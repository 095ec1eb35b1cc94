package org.tnracademy.exercises.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Cohen's kappa between two raters who each gave items one label:
 * {@code (observed - expected) / (1 - expected)}, where {@code expected} is the agreement chance
 * would give from each rater's label frequencies. 1 is perfect agreement, 0 no better than chance,
 * below 0 worse than chance. Counts stay integers until the last division, so "undefined" (chance
 * already predicts full agreement) is decided exactly, not by a rounding threshold.
 */
public final class CohensKappa {

    private CohensKappa() {
    }

    /**
     * The agreement of two labellings over the items both labelled.
     *
     * @param labels the labels that may be used, in the order the per-label rows should follow
     * @param first  item to label, such as the answer key; its order gives the disagreements' order
     * @param second item to label, such as a second instructor's calibration
     * @throws IllegalArgumentException when no item is labelled by both, or a label is not one of {@code labels}
     */
    public static RaterAgreement of(List<String> labels, Map<String, String> first, Map<String, String> second) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Set<String> known = new HashSet<>(labels);
        checkLabels("first", first, known, labels);
        checkLabels("second", second, known, labels);

        Map<String, int[]> counts = new LinkedHashMap<>(); // label -> {first, second, both}
        labels.forEach(l -> counts.put(l, new int[3]));
        List<Disagreement> disagreements = new ArrayList<>();
        List<String> onlyFirst = new ArrayList<>();
        int n = 0;
        int agreed = 0;
        for (Map.Entry<String, String> entry : first.entrySet()) {
            String other = second.get(entry.getKey());
            if (other == null) {
                onlyFirst.add(entry.getKey());
                continue;
            }
            n++;
            counts.get(entry.getValue())[0]++;
            counts.get(other)[1]++;
            if (entry.getValue().equals(other)) {
                agreed++;
                counts.get(other)[2]++;
            } else {
                disagreements.add(new Disagreement(entry.getKey(), entry.getValue(), other));
            }
        }
        List<String> onlySecond = second.keySet().stream().filter(item -> !first.containsKey(item)).toList();
        if (n == 0) {
            throw new IllegalArgumentException("no item is labelled by both raters: agreement needs at least one");
        }

        long chanceProducts = 0; // sum over labels of first count x second count
        for (int[] c : counts.values()) {
            chanceProducts += (long) c[0] * c[1];
        }
        Kappa overall = kappa(agreed, chanceProducts, n, Kappa.Undefined.BOTH_RATERS_USED_ONE_LABEL);

        List<LabelKappa> perLabel = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int a = e.getValue()[0];
            int b = e.getValue()[1];
            int both = e.getValue()[2];
            // one-vs-rest: agree on "this label" (both) or on "another label" (neither gave it)
            int agreedBinary = both + (n - a - b + both);
            long chanceBinary = (long) a * b + (long) (n - a) * (n - b);
            Kappa.Undefined why = a == 0 ? Kappa.Undefined.LABEL_UNUSED : Kappa.Undefined.LABEL_ON_EVERY_ITEM;
            perLabel.add(new LabelKappa(e.getKey(), kappa(agreedBinary, chanceBinary, n, why), a, b, both));
        }
        return new RaterAgreement(n, overall, perLabel, disagreements, onlyFirst, onlySecond);
    }

    /** Kappa from integer counts: {@code chanceProducts / n²} is the expected agreement. */
    private static Kappa kappa(int agreed, long chanceProducts, int n, Kappa.Undefined whenUndefined) {
        double observed = (double) agreed / n;
        long nn = (long) n * n;
        double expected = (double) chanceProducts / nn;
        if (chanceProducts == nn) {
            return new Kappa(OptionalDouble.empty(), observed, expected, whenUndefined);
        }
        // (agreed/n - products/n²) / (1 - products/n²), multiplied through by n² for accuracy
        double value = (double) ((long) agreed * n - chanceProducts) / (nn - chanceProducts);
        return new Kappa(OptionalDouble.of(value), observed, expected, null);
    }

    private static void checkLabels(String rater, Map<String, String> labelling, Set<String> known,
                                    List<String> labels) {
        labelling.forEach((item, label) -> {
            if (label == null) {
                throw new IllegalArgumentException(rater + " rater: item '" + item + "' has no label");
            }
            if (!known.contains(label)) {
                throw new IllegalArgumentException(rater + " rater: item '" + item + "' has label '" + label
                        + "', which is not one of " + labels);
            }
        });
    }
}
