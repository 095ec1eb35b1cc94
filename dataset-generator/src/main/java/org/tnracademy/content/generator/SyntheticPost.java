package org.tnracademy.content.generator;

import org.tnracademy.exercises.LocalizedText;

/**
 * One generated post with its true label and the explanation shown to the learner after grading.
 * {@code postedAt} is already in its ISO-8601 UTC form, so writing it needs no time zone.
 */
public record SyntheticPost(String id, String platform, String author, Language lang, String postedAt, String text,
                            Label label, LocalizedText explanation) {
}
