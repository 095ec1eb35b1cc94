package org.tnracademy.exercises.indicators;

/**
 * A STIX 2.1 indicator: its id ({@code indicator--<uuid>}), its name (optional: published bundles
 * often have none) and its pattern.
 */
public record Indicator(String id, String name, String pattern) {

    /** The pattern as read; a checked spec only holds patterns this can read. */
    public IndicatorPattern parsedPattern() {
        return StixPattern.parse(pattern);
    }

    /** The name, or the pattern when the indicator has none: what a reader knows it by. */
    public String label() {
        return name == null || name.isBlank() ? pattern : name;
    }
}
