package org.tnracademy.ui.exercise.tagging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Things grouped by the tactic they are listed under, tactics in the order they first appear, as
 * the spec's catalogue orders them; and how a tactic id is named, by the framework its form
 * belongs to (DISARM TA06, ATT&CK TA0035).
 */
final class TacticGroups {

    private TacticGroups() {
    }

    static <T> Map<String, List<T>> byTactic(Collection<T> items, Function<T, String> tactic) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(tactic.apply(item), t -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    /** The translation key naming a tactic: DISARM tactics have two digits, ATT&CK tactics four. */
    static String frameworkKey(String tacticId) {
        return tacticId != null && tacticId.matches("TA\\d{2}") ? "tagging.tactic.disarm"
                : "tagging.tactic.attack";
    }
}
