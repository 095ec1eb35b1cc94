package org.tnracademy.exercises.setselection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * The answer key: the items of the campaign, and optional explanations of any item (why an
 * account belongs to the network, or why a look-alike decoy does not).
 */
public record SetSelectionKey(List<String> selected, Map<String, LocalizedText> explanations) {

    public SetSelectionKey {
        selected = Copies.list(selected);
        explanations = Copies.map(explanations);
    }

    /** A key checked against its spec: at least one item, each an item of the spec and named once. */
    public static SetSelectionKey validated(SetSelectionSpec spec, List<String> selected,
                                            Map<String, LocalizedText> explanations) {
        List<SpecProblem> problems = problemsOf(spec, selected, explanations);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new SetSelectionKey(selected, explanations);
    }

    /**
     * Reads a key from a parsed tree: {@code {selected: [acct-03, ...], explanations?: {acct-03: {en: ...}}}};
     * an {@code exercise} field naming the exercise, as key files carry, is allowed and ignored.
     */
    public static SetSelectionKey fromMap(SetSelectionSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map).allow("exercise");
        List<String> selected = in.texts("selected");
        TreeReader explanationsIn = in.optionalChild("explanations");
        Map<String, LocalizedText> explanations = new LinkedHashMap<>();
        for (String item : explanationsIn.fields()) {
            explanations.put(item, explanationsIn.localized(item));
        }
        in.failOnSpecProblems(problemsOf(spec, selected, explanations));
        return new SetSelectionKey(selected, explanations);
    }

    public Set<String> selectedSet() {
        return new HashSet<>(selected);
    }

    private static List<SpecProblem> problemsOf(SetSelectionSpec spec, List<String> selected,
                                                Map<String, LocalizedText> explanations) {
        List<SpecProblem> problems = new ArrayList<>();
        Set<String> items = spec.itemSet();
        if (selected == null || selected.isEmpty()) {
            problems.add(SpecProblem.of("selected", "the key selects no item", CheckProblem.KEY_EMPTY));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < selected.size(); i++) {
                String item = selected.get(i);
                String field = "selected[" + i + "]";
                Checks.itemId(item, field, seen, problems);
                if (item != null && !item.isBlank() && !items.contains(item)) {
                    problems.add(SpecProblem.of(field, "'" + item + "' is not an item of the spec", CheckProblem.NOT_DEFINED, item));
                }
            }
        }
        if (explanations != null) {
            explanations.forEach((item, text) -> {
                String field = "explanations." + item;
                if (!items.contains(item)) {
                    problems.add(SpecProblem.of(field, "'" + item + "' is not an item of the spec", CheckProblem.NOT_DEFINED, item));
                }
                Checks.text(text, field, problems);
            });
        }
        return problems;
    }
}
