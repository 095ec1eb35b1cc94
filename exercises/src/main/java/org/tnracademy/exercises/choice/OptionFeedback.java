package org.tnracademy.exercises.choice;

import org.tnracademy.exercises.LocalizedText;

/**
 * One option of a graded question.
 *
 * @param correct     whether the option is right
 * @param selected    whether the learner selected it
 * @param explanation why the option is right or wrong; null if the author gave none
 */
public record OptionFeedback(String optionId, boolean correct, boolean selected, LocalizedText explanation) {
}
