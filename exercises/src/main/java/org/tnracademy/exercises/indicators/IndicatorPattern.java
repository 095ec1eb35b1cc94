package org.tnracademy.exercises.indicators;

import java.util.List;

import org.tnracademy.exercises.Copies;

/**
 * A pattern as read: alternatives joined by OR, each a set of comparisons joined by AND that must
 * all hold in one log line. {@code [a = 'x' AND b = 'y' OR c = 'z'] OR [d = 'w']} has three
 * alternatives: (a, b), (c), (d): AND binds tighter than OR, as in STIX.
 */
public record IndicatorPattern(List<List<Observable>> alternatives) {

    public IndicatorPattern {
        alternatives = alternatives.stream().map(Copies::list).toList();
    }

    /** Every comparison, in the order written. */
    public List<Observable> observables() {
        return alternatives.stream().flatMap(List::stream).toList();
    }

    /** True when every comparison of one alternative finds its value, whole, in the line. */
    public boolean matches(String line) {
        LogValues values = LogValues.of(line);
        return alternatives.stream().anyMatch(all -> all.stream().allMatch(o -> o.foundIn(values)));
    }
}
