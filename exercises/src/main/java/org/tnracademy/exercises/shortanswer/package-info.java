/**
 * Short answer: the learner types a value (a handle, a domain, a date) for each question. An answer
 * is right when its normalised form equals a normalised accepted answer or matches an accepted
 * pattern; the exercise scores the share of questions answered right.
 */
package org.tnracademy.exercises.shortanswer;
