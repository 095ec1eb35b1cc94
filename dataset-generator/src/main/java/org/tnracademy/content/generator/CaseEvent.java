package org.tnracademy.content.generator;

import org.tnracademy.exercises.LocalizedText;

/**
 * One event of a harassment case as a platform showed it ({@code shownTime}, in that platform's own
 * clock), with the true instant ({@code at}: ISO-8601 at the shown offset) and how to convert it.
 */
public record CaseEvent(String id, String platform, String shownTime, String text, long epochSecond, String at,
                        LocalizedText why) {
}
