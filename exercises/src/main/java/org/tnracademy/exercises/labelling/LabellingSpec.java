package org.tnracademy.exercises.labelling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/**
 * An item-labelling exercise's labels, in the order learners see them, and the rule that scores an
 * answer (part of the spec: changing it changes what is graded).
 */
public record LabellingSpec(List<String> labels, LabellingScoring scoring) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public LabellingSpec {
        labels = List.copyOf(labels);
    }

    /** Labels scored by the default rule. */
    public LabellingSpec(List<String> labels) {
        this(labels, LabellingScoring.DEFAULT);
    }

    /** A checked spec scored by the default rule. */
    public static LabellingSpec of(List<String> labels) {
        return of(labels, LabellingScoring.DEFAULT);
    }

    /** A checked spec: at least one label, each a lower-case id, none twice, and a scoring rule. */
    public static LabellingSpec of(List<String> labels, LabellingScoring scoring) {
        List<SpecProblem> problems = new ArrayList<>();
        if (scoring == null) {
            problems.add(SpecProblem.of("scoring", "must be one of " + LabellingScoring.ids(), CheckProblem.ONE_OF, String.join(", ", LabellingScoring.ids())));
        }
        if (labels == null || labels.isEmpty()) {
            problems.add(SpecProblem.of("labels", "at least one label is required", CheckProblem.NONE_GIVEN));
            throw new InvalidSpecException(problems);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            String field = "labels[" + i + "]";
            if (label == null || label.isBlank()) {
                problems.add(SpecProblem.of(field, "must not be blank", CheckProblem.BLANK));
            } else if (!ID.matcher(label).matches()) {
                problems.add(SpecProblem.of(field, "'" + label + "' must use lower-case letters, digits and '-'", CheckProblem.ID_FORMAT, label));
            } else if (!seen.add(label)) {
                problems.add(SpecProblem.of(field, "'" + label + "' appears twice", CheckProblem.DUPLICATE, label));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new LabellingSpec(labels, scoring);
    }
}
