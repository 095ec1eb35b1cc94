package org.tnracademy.exercises.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/** The answer key: the techniques the incident shows, each explained. */
public record TaggingKey(List<TechniqueKey> techniques) {

    public TaggingKey {
        techniques = Copies.list(techniques);
    }

    /** A key checked against its spec: at least one technique, each in the catalogue, once, explained. */
    public static TaggingKey validated(TaggingSpec spec, List<TechniqueKey> techniques) {
        List<SpecProblem> problems = problemsOf(spec, techniques);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new TaggingKey(techniques);
    }

    /**
     * Reads a key from a parsed tree: {@code {techniques: [{id: T0085, explanation: {en: ...}}]}}; an
     * {@code exercise} field naming the exercise, as key files carry, is allowed and ignored.
     */
    public static TaggingKey fromMap(TaggingSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map).allow("exercise");
        List<TechniqueKey> techniques = new ArrayList<>();
        for (TreeReader t : in.objects("techniques")) {
            techniques.add(new TechniqueKey(t.text("id"), t.localized("explanation")));
        }
        in.failOnSpecProblems(problemsOf(spec, techniques));
        return new TaggingKey(techniques);
    }

    /** The key's entry for a technique, or null when the technique is not in the key. */
    public TechniqueKey technique(String techniqueId) {
        return techniques.stream().filter(t -> Objects.equals(t.techniqueId(), techniqueId)).findFirst().orElse(null);
    }

    public Set<String> techniqueIds() {
        Set<String> ids = new HashSet<>();
        techniques.forEach(t -> ids.add(t.techniqueId()));
        return ids;
    }

    private static List<SpecProblem> problemsOf(TaggingSpec spec, List<TechniqueKey> techniques) {
        List<SpecProblem> problems = new ArrayList<>();
        if (techniques == null || techniques.isEmpty()) {
            problems.add(SpecProblem.of("techniques", "the key tags no technique", CheckProblem.KEY_EMPTY));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < techniques.size(); i++) {
            String field = "techniques[" + i + "]";
            TechniqueKey t = techniques.get(i);
            if (t == null) {
                problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
                continue;
            }
            if (t.techniqueId() == null || t.techniqueId().isBlank()) {
                problems.add(SpecProblem.of(field + ".id", "must not be blank", CheckProblem.BLANK));
            } else if (spec.technique(t.techniqueId()) == null) {
                problems.add(SpecProblem.of(field + ".id", "'" + t.techniqueId() + "' is not in the catalogue",
                        CheckProblem.NOT_DEFINED, t.techniqueId()));
            } else if (!seen.add(t.techniqueId())) {
                problems.add(SpecProblem.of(field + ".id", "'" + t.techniqueId() + "' appears twice", CheckProblem.DUPLICATE, t.techniqueId()));
            }
            Checks.text(t.explanation(), field + ".explanation", problems);
        }
        return problems;
    }
}
