package org.tnracademy.exercises.agreement;

/** An item the two raters labelled differently. */
public record Disagreement(String item, String firstLabel, String secondLabel) {
}
