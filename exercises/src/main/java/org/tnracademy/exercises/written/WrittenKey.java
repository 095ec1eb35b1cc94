package org.tnracademy.exercises.written;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * What instructors see and learners never do: a model answer and grading guidance per criterion.
 * Both are optional; nothing here is used to compute a score.
 */
public record WrittenKey(LocalizedText modelAnswer, Map<String, LocalizedText> guidance) {

    public WrittenKey {
        guidance = Copies.map(guidance);
    }

    /** A key checked against its spec: texts with English, guidance only for criteria of the spec. */
    public static WrittenKey validated(WrittenSpec spec, LocalizedText modelAnswer,
                                       Map<String, LocalizedText> guidance) {
        List<SpecProblem> problems = problemsOf(spec, modelAnswer, guidance);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new WrittenKey(modelAnswer, guidance);
    }

    /**
     * Reads a key from a parsed tree: {@code {modelAnswer?: {en: ...}, guidance?: {criterion-id: {en: ...}}}};
     * an {@code exercise} field naming the exercise, as key files carry, is allowed and ignored.
     */
    public static WrittenKey fromMap(WrittenSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map).allow("exercise");
        LocalizedText modelAnswer = in.optionalLocalized("modelAnswer");
        TreeReader guidanceIn = in.optionalChild("guidance");
        Map<String, LocalizedText> guidance = new LinkedHashMap<>();
        for (String criterion : guidanceIn.fields()) {
            guidance.put(criterion, guidanceIn.localized(criterion));
        }
        in.failOnSpecProblems(problemsOf(spec, modelAnswer, guidance));
        return new WrittenKey(modelAnswer, guidance);
    }

    private static List<SpecProblem> problemsOf(WrittenSpec spec, LocalizedText modelAnswer,
                                                Map<String, LocalizedText> guidance) {
        List<SpecProblem> problems = new ArrayList<>();
        Checks.optionalText(modelAnswer, "modelAnswer", problems);
        if (guidance != null) {
            guidance.forEach((criterion, text) -> {
                String field = "guidance." + criterion;
                if (spec.criterion(criterion) == null) {
                    problems.add(SpecProblem.of(field, "'" + criterion + "' is not a criterion of the rubric", CheckProblem.NOT_DEFINED, criterion));
                }
                Checks.text(text, field, problems);
            });
        }
        return problems;
    }
}
