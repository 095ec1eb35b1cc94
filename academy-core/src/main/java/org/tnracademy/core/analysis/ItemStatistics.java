package org.tnracademy.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classical item statistics. Learners are ranked by their score on the exercise; the upper and
 * lower groups are the top and bottom 27% (Kelley's split, the usual compromise between group size
 * and contrast), ties broken by learner id so the split is repeatable.
 */
final class ItemStatistics {

    static final double GROUP_SHARE = 0.27;
    /** Below this many learners per group a flag would be noise. */
    static final int MIN_GROUP_FOR_FLAG = 2;
    static final int WRONG_ANSWERS_SHOWN = 3;

    /**
     * One learner's answers: the exercise score ranks them; the outcomes are per item.
     *
     * @param variantItems the items (templates) of the learner's variant with per-learner variants:
     *                     an item outside it was not left out, it was never shown; null for every item
     */
    record Responses(long learnerId, double score, List<ItemOutcome> outcomes, Set<String> variantItems) {

        Responses(long learnerId, double score, List<ItemOutcome> outcomes) {
            this(learnerId, score, outcomes, null);
        }

        boolean saw(String itemId) {
            return variantItems == null || variantItems.contains(itemId);
        }
    }

    private ItemStatistics() {
    }

    static int groupSize(int learners) {
        return learners < 2 ? 0 : Math.max(1, (int) Math.round(GROUP_SHARE * learners));
    }

    /**
     * @param absentMeansRight true when a result lists only the items that mattered, so an item
     *                         missing from it was rightly left alone (set selection)
     */
    static List<ItemStats> compute(List<Responses> responses, boolean absentMeansRight) {
        List<Responses> ranked = new ArrayList<>(responses);
        ranked.sort(Comparator.comparingDouble(Responses::score).reversed().thenComparingLong(Responses::learnerId));
        int g = groupSize(ranked.size());
        Map<String, String> expectedOf = new LinkedHashMap<>();
        List<Map<String, ItemOutcome>> byLearner = new ArrayList<>();
        for (Responses r : ranked) {
            Map<String, ItemOutcome> m = new HashMap<>();
            for (ItemOutcome o : r.outcomes()) {
                m.put(o.itemId(), o);
                if (o.correct() || !expectedOf.containsKey(o.itemId())) {
                    expectedOf.put(o.itemId(), o.expected());
                }
            }
            byLearner.add(m);
        }
        List<ItemStats> out = new ArrayList<>();
        for (Map.Entry<String, String> item : expectedOf.entrySet()) {
            String id = item.getKey();
            List<ItemOutcome> column = new ArrayList<>(ranked.size());
            for (int l = 0; l < byLearner.size(); l++) {
                ItemOutcome o = byLearner.get(l).get(id);
                if (o == null && absentMeansRight && ranked.get(l).saw(id)) {
                    o = new ItemOutcome(id, item.getValue(), item.getValue(), true);
                }
                column.add(o);
            }
            out.add(stats(id, item.getValue(), column, g));
        }
        return out;
    }

    /** @param column outcomes in rank order, null where the learner's result lacks the item */
    private static ItemStats stats(String id, String expected, List<ItemOutcome> column, int g) {
        int answered = 0;
        double credit = 0;
        double errorSum = 0;
        int errors = 0;
        String errorUnit = null;
        Map<String, Integer> wrong = new HashMap<>();
        for (ItemOutcome o : column) {
            if (o == null) {
                continue;
            }
            answered++;
            credit += o.credit();
            if (!o.correct()) {
                wrong.merge(o.given(), 1, Integer::sum);
            }
            if (o.error() != null) {
                errorSum += o.error();
                errors++;
                errorUnit = o.errorUnit();
            }
        }
        double difficulty = answered == 0 ? 0 : credit / answered;
        List<ItemOutcome> upper = column.subList(0, g);
        List<ItemOutcome> lower = column.subList(column.size() - g, column.size());
        double pUpper = shareRight(upper);
        double pLower = shareRight(lower);
        Double discrimination = g == 0 ? null : pUpper - pLower;
        boolean flag = g >= MIN_GROUP_FOR_FLAG && pUpper < 0.5 && pUpper <= pLower;
        List<ItemStats.AnswerCount> common = wrong.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(WRONG_ANSWERS_SHOWN)
                .map(e -> new ItemStats.AnswerCount(e.getKey(), e.getValue())).toList();
        return new ItemStats(id, expected, answered, difficulty, discrimination, pUpper, pLower, common, flag,
                g == 0 ? null : mostCommonAnswer(upper), errors == 0 ? null : errorSum / errors, errorUnit);
    }

    /** Mean credit of the group's learners who have the item: the share right for right-or-wrong items. */
    private static double shareRight(List<ItemOutcome> group) {
        long known = group.stream().filter(o -> o != null).count();
        return known == 0 ? 0 : group.stream().filter(o -> o != null).mapToDouble(ItemOutcome::credit).sum() / known;
    }

    private static String mostCommonAnswer(List<ItemOutcome> group) {
        Map<String, Integer> counts = new HashMap<>();
        group.stream().filter(o -> o != null).forEach(o -> counts.merge(o.given(), 1, Integer::sum));
        return counts.entrySet().stream()
                // most frequent; among equals, the first in alphabetical order
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
