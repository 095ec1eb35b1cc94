package org.tnracademy.exercises.indicators;

/**
 * Where an indicator bundle comes from when it is published threat intelligence rather than
 * synthetic data: a URL or a citation, and the licence it is published under. Shown to learners
 * beside the bundle.
 */
public record IntelligenceSource(String source, String licence) {

    /** A long citation fits; a longer text is a paste mistake. */
    public static final int MAX_SOURCE_LENGTH = 1000;
    public static final int MAX_LICENCE_LENGTH = 200;
}
