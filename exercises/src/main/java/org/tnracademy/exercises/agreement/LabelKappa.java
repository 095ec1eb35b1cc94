package org.tnracademy.exercises.agreement;

/**
 * One label's agreement, one-vs-rest: each item counts as "this label" or "another label".
 *
 * @param firstCount  how many items the first rater gave this label
 * @param secondCount how many items the second rater gave it
 * @param bothCount   how many items both gave it
 */
public record LabelKappa(String label, Kappa kappa, int firstCount, int secondCount, int bothCount) {
}
