package org.tnracademy.exercises.timeline;

import java.util.Comparator;
import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/**
 * The grade of an order. Of the key's {@code comparablePairs} (pairs of events at different
 * instants), {@code concordantPairs} are placed in the right order and {@code discordantPairs} in
 * the wrong one; the rest involve an unplaced event. Score = concordant / comparable, which is
 * 1 - normalised Kendall tau distance when every event is placed: 1 for the key's order, 0 for its
 * reverse. Feedback lists the events in the right order (in the learner's order once {@link #withheld()}).
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

    /**
     * The events in the learner's order (unplaced ones last, by id), not the key's; an event out of
     * place without its time, right positions or explanation; no count of misordered pairs per event,
     * which would point to where it belongs.
     */
    @Override
    public TimelineResult withheld() {
        List<EventFeedback> own = events.stream()
                .map(f -> f.inPlace()
                        ? new EventFeedback(f.eventId(), f.at(), f.expectedFirst(), f.expectedLast(), f.givenPosition(),
                                true, 0, f.explanation())
                        : new EventFeedback(f.eventId(), null, 0, 0, f.givenPosition(), false, 0, null))
                .sorted(Comparator.comparing((EventFeedback f) -> f.givenPosition() == null)
                        .thenComparing(f -> f.givenPosition() == null ? 0 : f.givenPosition())
                        .thenComparing(EventFeedback::eventId))
                .toList();
        return new TimelineResult(score, discordantPairs, concordantPairs, comparablePairs, placedEvents, eventCount,
                own);
    }
}
