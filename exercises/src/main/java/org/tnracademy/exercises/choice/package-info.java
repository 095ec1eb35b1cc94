/**
 * Choice: single- and multiple-choice questions. Each question scores in [0, 1] by the exercise's
 * {@link org.tnracademy.exercises.choice.ChoiceScoring} rule; the exercise scores the mean over its
 * questions, an unanswered question counting 0. Feedback explains every option.
 */
package org.tnracademy.exercises.choice;
