package org.tnracademy.exercises.written;

import org.tnracademy.exercises.LocalizedText;

/** One level of a criterion: the points it is worth and what work at that level looks like. */
public record RubricLevel(int points, LocalizedText descriptor) {
}
