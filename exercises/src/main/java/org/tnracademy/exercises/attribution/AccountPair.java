package org.tnracademy.exercises.attribution;

/** Two accounts, by handle, in the spec's order. */
public record AccountPair(String first, String second) {
}
