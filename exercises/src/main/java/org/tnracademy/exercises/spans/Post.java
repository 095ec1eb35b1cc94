package org.tnracademy.exercises.spans;

/**
 * A post whose text the learner marks. Offsets into {@code text} count UTF-16 code units, as Java
 * and JavaScript strings do, so a browser selection can be sent as it is; a span starts and ends
 * only on boundaries of the characters a reader sees ({@link GraphemeBoundaries}).
 */
public record Post(String id, String text) {
}
