package org.tnracademy.exercises.timeline;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/**
 * The grade of an order. Of the key's {@code comparablePairs} (pairs of events at different
 * instants), {@code concordantPairs} are placed in the right order and {@code discordantPairs} in
 * the wrong one; the rest involve an unplaced event. Score = concordant / comparable, which is
 * 1 - normalised Kendall tau distance when every event is placed: 1 for the key's order, 0 for its
 * reverse. Feedback lists the events in the right order.
 */
public record TimelineResult(double score, long discordantPairs, long concordantPairs, long comparablePairs,
                             int placedEvents, int eventCount, List<EventFeedback> events) implements GradeResult {

    public TimelineResult {
        events = List.copyOf(events);
    }

    /** Fixed: the share of comparable pairs placed in the right order (Kendall tau). */
    @Override
    public ScoringRule scoringRule() {
        return ScoringRule.TIMELINE_KENDALL_TAU;
    }
}
