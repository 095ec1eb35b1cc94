package org.tnracademy.exercises.timeline;

/**
 * One event as the learner sees it: what happened, where, and the time as that platform showed it
 * (local time, a zone abbreviation, "3 days ago"...). Platform and shown time may be empty, never null.
 */
public record TimelineEvent(String id, String text, String platform, String shownTime) {

    public TimelineEvent {
        platform = platform == null ? "" : platform;
        shownTime = shownTime == null ? "" : shownTime;
    }
}
