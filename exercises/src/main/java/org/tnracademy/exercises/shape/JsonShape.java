package org.tnracademy.exercises.shape;

/**
 * A subtree the academy does not model field by field (a STIX bundle, which may hold any STIX
 * property), edited as JSON text and checked to parse.
 */
public record JsonShape() implements Shape {
}
