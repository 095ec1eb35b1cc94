package org.tnracademy.exercises.indicators;

import java.util.List;

/** A STIX 2.1 indicator: its id ({@code indicator--<uuid>}), name and pattern. */
public record Indicator(String id, String name, String pattern) {

    /** The values the pattern looks for; a checked spec only holds patterns this can read. */
    public List<Observable> observables() {
        return StixPattern.parse(pattern);
    }
}
