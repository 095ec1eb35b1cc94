package org.tnracademy.content.generator.multilingual;

import org.tnracademy.content.generator.Label;
import org.tnracademy.exercises.LocalizedText;

/**
 * One generated post: what learners see ({@code text} in {@code lang}, with the English working
 * translation an analyst would write beside it, {@code gloss}) and what only the key holds (its
 * label and the explanation shown after grading, in the five interface languages).
 */
public record MultilingualPost(String id, String platform, String author, PostLanguage lang, String postedAt,
                               String text, String gloss, Label label, LocalizedText explanation) {
}
