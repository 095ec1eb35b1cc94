package org.tnracademy.core.analysis;

import java.util.List;

/**
 * Item analysis of one exercise over a cohort, from each learner's first graded attempt.
 *
 * @param supported false for types without item-by-item marking (items is then empty)
 * @param learners  learners with a graded attempt
 * @param groupSize learners in each of the upper and lower groups (27% of them)
 */
public record ItemAnalysis(long exerciseId, String type, boolean supported, int learners, int groupSize,
                           List<ItemStats> items) {

    public ItemAnalysis {
        items = List.copyOf(items);
    }

    public long flagged() {
        return items.stream().filter(ItemStats::keyMayBeWrong).count();
    }
}
