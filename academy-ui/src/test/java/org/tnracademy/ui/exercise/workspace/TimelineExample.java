package org.tnracademy.ui.exercise.workspace;

import java.util.List;
import java.util.Map;

/** The timeline example of docs/exercise-types/timeline.md, as parsed trees; right order a, b, c. */
public final class TimelineExample {

    private TimelineExample() {
    }

    /** The events shown to the learner, shuffled: c, a, b. */
    public static Map<String, Object> spec() {
        return Map.of("events", List.of(
                Map.of("id", "ev-c", "text", "A thread asks who will 'pay her a visit'.", "platform", "ForumNet",
                        "shownTime", "05/03/2025 02:10 (UTC+5)"),
                Map.of("id", "ev-a", "text", "A post names the target's street.", "platform", "Chirper",
                        "shownTime", "4 Mar 2025, 21:30 CET"),
                Map.of("id", "ev-b", "text", "A direct message: 'we know where you live'.", "platform", "PhotoShare",
                        "shownTime", "4 Mar 2025, 4:05 PM (UTC-5)")));
    }

    public static Map<String, Object> key() {
        return Map.of("events", List.of(
                Map.of("event", "ev-a", "at", "2025-03-04T21:30:00+01:00",
                        "explanation", Map.of("en", "CET is UTC+1 in March: 20:30 UTC.")),
                Map.of("event", "ev-b", "at", "2025-03-04T16:05:00-05:00",
                        "explanation", Map.of("en", "UTC-5: 21:05 UTC, after the post.")),
                Map.of("event", "ev-c", "at", "2025-03-05T02:10:00+05:00",
                        "explanation", Map.of("en", "The next day locally, but 21:10 UTC on the 4th."))));
    }
}
