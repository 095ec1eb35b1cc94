package org.tnracademy.exercises.attribution;

/**
 * One account of a graded grouping: whether the learner put it with exactly the accounts its
 * operator runs, and who it is with in the key and in the answer (besides itself).
 */
public record AccountOutcome(String account, boolean exact, Handles expectedWith, Handles givenWith) {
}
