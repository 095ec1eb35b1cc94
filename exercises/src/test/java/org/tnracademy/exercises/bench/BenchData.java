package org.tnracademy.exercises.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.indicators.Decoy;
import org.tnracademy.exercises.indicators.Indicator;
import org.tnracademy.exercises.indicators.IndicatorsAnswer;
import org.tnracademy.exercises.indicators.IndicatorsKey;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.indicators.KeyHit;
import org.tnracademy.exercises.indicators.LogLine;
import org.tnracademy.exercises.labelling.KeyEntry;
import org.tnracademy.exercises.labelling.LabellingAnswer;
import org.tnracademy.exercises.labelling.LabellingKey;
import org.tnracademy.exercises.labelling.LabellingSpec;
import org.tnracademy.exercises.setselection.SelectionMetric;
import org.tnracademy.exercises.setselection.SetSelectionAnswer;
import org.tnracademy.exercises.setselection.SetSelectionKey;
import org.tnracademy.exercises.setselection.SetSelectionSpec;

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

    /** A set-selection exercise and one learner's answer, with the counts a correct grader must find. */
    public record SetSelection(SetSelectionSpec spec, SetSelectionKey key, List<String> submitted,
                               SetSelectionAnswer answer, int matched, int missed, int wronglyClaimed) {
    }

    /** Share of a set-selection dataset's items that belong to the campaign (percent). */
    public static final int CAMPAIGN_PERCENT = 10;

    /**
     * {@code items} accounts of which ~10% form the campaign (the key, every fifth with an
     * explanation); the learner gets ~80% of the items right, ~10% wrong (a campaign account left out,
     * or an organic one claimed) and leaves ~10% unchosen, submitted in reverse dataset order.
     */
    public static SetSelection setSelection(int items) {
        SplittableRandom random = random(2);
        List<String> ids = new ArrayList<>(items);
        List<String> selected = new ArrayList<>();
        Map<String, LocalizedText> explanations = new HashMap<>();
        LocalizedText why = LocalizedText.of("Created within the campaign's hour and reposts it within seconds.",
                "Créé dans l'heure de la campagne, il la republie en quelques secondes.");
        List<String> chosen = new ArrayList<>();
        int matched = 0;
        int missed = 0;
        int wrong = 0;
        for (int i = 0; i < items; i++) {
            String id = itemId(i);
            ids.add(id);
            boolean inCampaign = random.nextInt(100) < CAMPAIGN_PERCENT;
            if (inCampaign) {
                selected.add(id);
                if (selected.size() % 5 == 0) {
                    explanations.put(id, why);
                }
            }
            int outcome = outcome(random);
            boolean picks = outcome == 0 ? inCampaign : outcome == 1 && !inCampaign;
            if (picks) {
                chosen.add(parsed(id));
            }
            if (inCampaign) {
                if (picks) {
                    matched++;
                } else {
                    missed++;
                }
            } else if (picks) {
                wrong++;
            }
        }
        if (selected.isEmpty()) {
            selected.add(ids.getFirst());
            missed++;
        }
        Collections.reverse(chosen);
        SetSelectionSpec spec = SetSelectionSpec.of(ids, SelectionMetric.F1);
        SetSelectionKey key = SetSelectionKey.validated(spec, selected, explanations);
        return new SetSelection(spec, key, chosen, new SetSelectionAnswer(chosen), matched, missed, wrong);
    }

    /** An indicator-matching exercise and one learner's answer, with the hits a correct grader must find. */
    public record Indicators(IndicatorsSpec spec, IndicatorsKey key, Map<String, String> submitted,
                             IndicatorsAnswer answer, int hits) {
    }

    /** Indicators in the bench bundle; lines that hit one (percent); decoy lines (percent). */
    public static final int INDICATORS = 8;
    public static final int HIT_PERCENT = 5;
    public static final int DECOY_PERCENT = 3;

    /**
     * {@code items} DNS log lines and an 8-indicator bundle; ~5% of the lines hit an indicator and
     * ~3% are decoys (look-alike domains). The learner gets ~80% of the lines right, ~10% wrong (the
     * wrong indicator, a missed hit, a claimed decoy or a false claim on a clear line) and skips ~10%.
     */
    public static Indicators indicators(int items) {
        SplittableRandom random = random(3);
        List<Indicator> indicators = new ArrayList<>(INDICATORS);
        for (int i = 0; i < INDICATORS; i++) {
            indicators.add(new Indicator(String.format("indicator--a1000000-0000-4000-8000-%012d", i),
                    "Synthetic implant infrastructure " + i, "[domain-name:value = 'c2-" + i + ".example']"));
        }
        LocalizedText hitWhy = LocalizedText.of("The query names the implant's server.",
                "La requête nomme le serveur de l'implant.");
        LocalizedText decoyWhy = LocalizedText.of("A look-alike domain: one letter differs.",
                "Un domaine sosie : une lettre diffère.");
        List<LogLine> lines = new ArrayList<>(items);
        List<KeyHit> hits = new ArrayList<>();
        List<Decoy> decoys = new ArrayList<>();
        Map<String, String> submitted = new HashMap<>(capacity(items / 5));
        int right = 0;
        for (int i = 0; i < items; i++) {
            String id = String.format("line-%07d", i);
            int kind = random.nextInt(100);
            int indicator = random.nextInt(INDICATORS);
            int outcome = outcome(random);
            String text;
            if (kind < HIT_PERCENT) {
                text = "2025-03-04T10:01:02Z dns query A c2-" + indicator + ".example from 192.0.2.14";
                hits.add(new KeyHit(id, indicators.get(indicator).id(), hitWhy));
                if (outcome == 0) {
                    submitted.put(parsed(id), parsed(indicators.get(indicator).id()));
                    right++;
                } else if (outcome == 1) {
                    submitted.put(parsed(id), parsed(indicators.get((indicator + 1) % INDICATORS).id()));
                }
            } else {
                boolean decoy = kind < HIT_PERCENT + DECOY_PERCENT;
                text = "2025-03-04T10:01:02Z dns query A " + (decoy ? "c2-" + indicator + ".example.net"
                        : "cdn-" + i + ".example") + " from 192.0.2.14";
                if (decoy) {
                    decoys.add(new Decoy(id, decoyWhy));
                }
                if (outcome == 1) {
                    submitted.put(parsed(id), parsed(indicators.get(indicator).id()));
                }
            }
            lines.add(new LogLine(id, text));
        }
        if (hits.isEmpty()) {
            LogLine first = lines.getFirst();
            hits.add(new KeyHit(first.id(), indicators.getFirst().id(), hitWhy));
            submitted.remove(first.id());
            decoys.removeIf(d -> d.lineId().equals(first.id()));
        }
        IndicatorsSpec spec = IndicatorsSpec.of(lines, indicators);
        IndicatorsKey key = IndicatorsKey.validated(spec, hits, decoys);
        return new Indicators(spec, key, submitted, new IndicatorsAnswer(submitted), right);
    }

    /** A HashMap capacity that holds {@code n} entries without rehashing. */
    public static int capacity(int n) {
        return (int) Math.min(Integer.MAX_VALUE, n * 4L / 3 + 1);
    }
}
