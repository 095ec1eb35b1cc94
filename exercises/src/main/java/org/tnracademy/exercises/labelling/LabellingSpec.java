package org.tnracademy.exercises.labelling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** An item-labelling exercise's labels, in the order learners see them. */
public record LabellingSpec(List<String> labels) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public LabellingSpec {
        labels = List.copyOf(labels);
    }

    /** A checked spec: at least one label, each a lower-case id, none twice. */
    public static LabellingSpec of(List<String> labels) {
        List<SpecProblem> problems = new ArrayList<>();
        if (labels == null || labels.isEmpty()) {
            throw new InvalidSpecException(List.of(new SpecProblem("labels", "at least one label is required")));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            String field = "labels[" + i + "]";
            if (label == null || label.isBlank()) {
                problems.add(new SpecProblem(field, "must not be blank"));
            } else if (!ID.matcher(label).matches()) {
                problems.add(new SpecProblem(field, "'" + label + "' must use lower-case letters, digits and '-'"));
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
