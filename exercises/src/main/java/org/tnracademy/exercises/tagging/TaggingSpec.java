package org.tnracademy.exercises.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * A technique-tagging exercise: the catalogue of techniques learners may tag, in the order they
 * see them, and the credit a wrong technique earns when its tactic is one the key uses.
 */
public record TaggingSpec(List<Technique> catalogue, double sameTacticCredit) {

    public static final double DEFAULT_SAME_TACTIC_CREDIT = 0.5;

    /** DISARM T0085 or T0085.001; ATT&CK T1430 or T1430.001. */
    private static final Pattern TECHNIQUE_ID = Pattern.compile("T\\d{4}(\\.\\d{3})?");
    /** DISARM TA06; ATT&CK TA0032. */
    private static final Pattern TACTIC_ID = Pattern.compile("TA\\d{2,4}");

    public TaggingSpec {
        catalogue = Copies.list(catalogue);
    }

    /**
     * A checked spec: a catalogue of at least two techniques with well-formed, unique ids, each
     * with a tactic and a name; a same-tactic credit of at least 0 and below 1, so that only the
     * key itself scores 1.
     */
    public static TaggingSpec of(List<Technique> catalogue, double sameTacticCredit) {
        List<SpecProblem> problems = problemsOf(catalogue, sameTacticCredit);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new TaggingSpec(catalogue, sameTacticCredit);
    }

    /** Reads a spec from a parsed tree: {@code {catalogue: [{id, tactic, name}], sameTacticCredit?: 0.5}}. */
    public static TaggingSpec fromMap(Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        List<Technique> catalogue = new ArrayList<>();
        for (TreeReader t : in.objects("catalogue")) {
            catalogue.add(new Technique(t.text("id"), t.text("tactic"), t.localized("name")));
        }
        double credit = in.optionalNumber("sameTacticCredit", DEFAULT_SAME_TACTIC_CREDIT);
        in.failOnSpecProblems(problemsOf(catalogue, credit));
        return new TaggingSpec(catalogue, credit);
    }

    /** The catalogue's technique with this id, or null. */
    public Technique technique(String id) {
        return catalogue.stream().filter(t -> Objects.equals(t.id(), id)).findFirst().orElse(null);
    }

    static List<SpecProblem> problemsOf(List<Technique> catalogue, double sameTacticCredit) {
        List<SpecProblem> problems = new ArrayList<>();
        if (catalogue == null || catalogue.size() < 2) {
            problems.add(SpecProblem.of("catalogue", "at least two techniques are required", CheckProblem.AT_LEAST, 2));
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < catalogue.size(); i++) {
                checkTechnique(catalogue.get(i), "catalogue[" + i + "]", ids, problems);
            }
        }
        if (!(sameTacticCredit >= 0 && sameTacticCredit < 1)) {
            problems.add(SpecProblem.of("sameTacticCredit", sameTacticCredit
                    + " must be at least 0 and below 1: at 1 a wrong technique would count as a right one",
                    TaggingProblem.SAME_TACTIC_CREDIT, sameTacticCredit));
        }
        return problems;
    }

    private static void checkTechnique(Technique t, String field, Set<String> ids, List<SpecProblem> problems) {
        if (t == null) {
            problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
            return;
        }
        if (t.id() == null || !TECHNIQUE_ID.matcher(t.id()).matches()) {
            problems.add(SpecProblem.of(field + ".id", "'" + t.id() + "' must be a technique id such as T0085 or T1430.001",
                    TaggingProblem.TECHNIQUE_ID, t.id()));
        } else if (!ids.add(t.id())) {
            problems.add(SpecProblem.of(field + ".id", "'" + t.id() + "' appears twice", CheckProblem.DUPLICATE, t.id()));
        }
        if (t.tacticId() == null || !TACTIC_ID.matcher(t.tacticId()).matches()) {
            problems.add(SpecProblem.of(field + ".tactic", "'" + t.tacticId() + "' must be a tactic id such as TA06 or TA0032",
                    TaggingProblem.TACTIC_ID, t.tacticId()));
        }
        Checks.text(t.name(), field + ".name", problems);
    }
}
