package org.tnracademy.exercises.labelling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tnracademy.exercises.Ids;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** An item-labelling exercise's labels, in the order learners see them (and results list them). */
public record LabellingSpec(List<String> labels) {

    public LabellingSpec {
        labels = List.copyOf(labels);
    }

    /** A checked spec: at least one label, each a lower-case id, none twice; every problem is named. */
    public static LabellingSpec of(List<String> labels) {
        if (labels == null || labels.isEmpty()) {
            throw InvalidSpecException.of("labels", "at least one label is required");
        }
        List<SpecProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            String field = "labels[" + i + "]";
            if (!Ids.isValid(label)) {
                problems.add(new SpecProblem(field, Ids.reason(label)));
            } else if (!seen.add(label)) {
                problems.add(new SpecProblem(field, "'" + label + "' appears twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new LabellingSpec(labels);
    }
}
