package org.tnracademy.exercises.shortanswer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/** The answer key: what is right for every blank of the spec, and why. */
public record ShortAnswerKey(List<BlankKey> blanks) {

    public ShortAnswerKey {
        blanks = Copies.list(blanks);
    }

    /**
     * A key checked against its spec: every blank keyed exactly once, with an explanation and at
     * least one accepted answer or pattern; accepted answers not blank once normalised; every
     * pattern a valid regular expression.
     */
    public static ShortAnswerKey validated(ShortAnswerSpec spec, List<BlankKey> blanks) {
        List<SpecProblem> problems = problemsOf(spec, blanks);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new ShortAnswerKey(blanks);
    }

    /**
     * Reads a key from a parsed tree: {@code {blanks: [{id, accepted?: [...], patterns?: [...], explanation}]}};
     * an {@code exercise} field naming the exercise, as key files carry, is allowed and ignored.
     */
    public static ShortAnswerKey fromMap(ShortAnswerSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map).allow("exercise");
        List<BlankKey> blanks = new ArrayList<>();
        for (TreeReader b : in.objects("blanks")) {
            blanks.add(new BlankKey(b.text("id"), b.optionalTexts("accepted"), b.optionalTexts("patterns"),
                    b.localized("explanation")));
        }
        in.failOnSpecProblems(problemsOf(spec, blanks));
        return new ShortAnswerKey(blanks);
    }

    /** The key of the blank with this id, or null. */
    public BlankKey blank(String blankId) {
        return blanks.stream().filter(b -> Objects.equals(b.blankId(), blankId)).findFirst().orElse(null);
    }

    private static List<SpecProblem> problemsOf(ShortAnswerSpec spec, List<BlankKey> blanks) {
        List<SpecProblem> problems = new ArrayList<>();
        Set<String> keyed = new HashSet<>();
        List<BlankKey> list = blanks == null ? List.of() : blanks;
        for (int i = 0; i < list.size(); i++) {
            String field = "blanks[" + i + "]";
            BlankKey b = list.get(i);
            if (b == null) {
                problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
                continue;
            }
            if (b.blankId() == null || b.blankId().isBlank()) {
                problems.add(SpecProblem.of(field + ".id", "must not be blank", CheckProblem.BLANK));
            } else if (spec.blank(b.blankId()) == null) {
                problems.add(SpecProblem.of(field + ".id", "'" + b.blankId() + "' is not a blank of the spec", CheckProblem.NOT_DEFINED, b.blankId()));
            } else if (!keyed.add(b.blankId())) {
                problems.add(SpecProblem.of(field + ".id", "'" + b.blankId() + "' appears twice", CheckProblem.DUPLICATE, b.blankId()));
            }
            checkAnswers(b, field, problems);
            Checks.text(b.explanation(), field + ".explanation", problems);
        }
        for (Blank blank : spec.blanks()) {
            if (!keyed.contains(blank.id())) {
                problems.add(SpecProblem.of("blanks", "blank '" + blank.id() + "' has no key",
                        CheckProblem.NOT_KEYED, blank.id()));
            }
        }
        return problems;
    }

    private static void checkAnswers(BlankKey b, String field, List<SpecProblem> problems) {
        if (b.accepted().isEmpty() && b.patterns().isEmpty()) {
            problems.add(SpecProblem.of(field, "needs at least one accepted answer or pattern",
                    ShortAnswerProblem.NO_ACCEPTED_ANSWER));
        }
        for (int j = 0; j < b.accepted().size(); j++) {
            if (AnswerNormalization.normalize(b.accepted().get(j)).isEmpty()) {
                problems.add(SpecProblem.of(field + ".accepted[" + j + "]", "must not be blank", CheckProblem.BLANK));
            }
        }
        for (int j = 0; j < b.patterns().size(); j++) {
            String pattern = b.patterns().get(j);
            String at = field + ".patterns[" + j + "]";
            if (pattern == null || pattern.isBlank()) {
                problems.add(SpecProblem.of(at, "must not be blank", CheckProblem.BLANK));
                continue;
            }
            try {
                Pattern.compile(pattern, BlankKey.PATTERN_FLAGS);
            } catch (PatternSyntaxException e) {
                problems.add(SpecProblem.of(at, "'" + pattern + "' is not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex(), ShortAnswerProblem.BAD_PATTERN,
                        pattern, e.getIndex()));
            }
        }
    }
}
