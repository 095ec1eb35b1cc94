/**
 * Short answers: the learner types a value (a handle, a domain, a date) into one or more blanks;
 * each blank is right or wrong against accepted answers, compared after normalisation, or
 * against patterns. The score is the share of blanks right.
 */
package org.tnracademy.exercises.shortanswer;
