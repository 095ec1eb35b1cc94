/**
 * Single- and multiple-choice questions. An exercise holds several questions; each question is
 * scored all-or-nothing or right-minus-wrong, and the exercise score is the mean over questions.
 */
package org.tnracademy.exercises.choice;
