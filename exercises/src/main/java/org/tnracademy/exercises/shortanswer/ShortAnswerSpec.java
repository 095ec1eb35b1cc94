package org.tnracademy.exercises.shortanswer;

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

/** A short-answer exercise: its blanks in the order learners see them. */
public record ShortAnswerSpec(List<Blank> blanks) {

    public ShortAnswerSpec {
        blanks = Copies.list(blanks);
    }

    /** A checked spec: at least one blank, ids unique, each with a prompt and a sane maximum length. */
    public static ShortAnswerSpec of(List<Blank> blanks) {
        List<SpecProblem> problems = problemsOf(blanks);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new ShortAnswerSpec(blanks);
    }

    /** Reads a spec from a parsed tree: {@code {blanks: [{id, prompt, maxLength?}]}}. */
    public static ShortAnswerSpec fromMap(Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        List<Blank> blanks = new ArrayList<>();
        for (TreeReader b : in.objects("blanks")) {
            blanks.add(new Blank(b.text("id"), b.localized("prompt"),
                    b.optionalInteger("maxLength", Blank.DEFAULT_MAX_LENGTH)));
        }
        in.failOnSpecProblems(problemsOf(blanks));
        return new ShortAnswerSpec(blanks);
    }

    /** The blank with this id, or null. */
    public Blank blank(String id) {
        return blanks.stream().filter(b -> Objects.equals(b.id(), id)).findFirst().orElse(null);
    }

    static List<SpecProblem> problemsOf(List<Blank> blanks) {
        List<SpecProblem> problems = new ArrayList<>();
        if (blanks == null || blanks.isEmpty()) {
            problems.add(SpecProblem.of("blanks", "at least one blank is required", CheckProblem.NONE_GIVEN));
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < blanks.size(); i++) {
            String field = "blanks[" + i + "]";
            Blank b = blanks.get(i);
            if (b == null) {
                problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
                continue;
            }
            Checks.id(b.id(), field + ".id", ids, problems);
            Checks.text(b.prompt(), field + ".prompt", problems);
            if (b.maxLength() < 1 || b.maxLength() > Blank.MAX_MAX_LENGTH) {
                problems.add(SpecProblem.of(field + ".maxLength",
                        b.maxLength() + " must be between 1 and " + Blank.MAX_MAX_LENGTH,
                        CheckProblem.BETWEEN, b.maxLength(), 1, Blank.MAX_MAX_LENGTH));
            }
        }
        return problems;
    }
}
