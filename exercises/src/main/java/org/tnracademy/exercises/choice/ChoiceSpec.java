package org.tnracademy.exercises.choice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/** A choice exercise: its questions in the order learners see them. */
public record ChoiceSpec(List<ChoiceQuestion> questions) {

    public ChoiceSpec {
        questions = Copies.list(questions);
    }

    /** A checked spec: at least one question, each with a prompt and two or more options, ids unique. */
    public static ChoiceSpec of(List<ChoiceQuestion> questions) {
        List<SpecProblem> problems = problemsOf(questions);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new ChoiceSpec(questions);
    }

    /**
     * Reads a spec from a parsed YAML or JSON tree:
     * {@code {scoring?, questions: [{id, kind, prompt, scoring?, options: [{id, text}]}]}}. The
     * top-level scoring (all-or-nothing when absent) applies to every question that names none.
     */
    public static ChoiceSpec fromMap(Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        String defaultScoring = in.oneOf("scoring", ChoiceScoring.ids(), ChoiceScoring.ALL_OR_NOTHING.id());
        List<ChoiceQuestion> questions = new ArrayList<>();
        for (TreeReader q : in.objects("questions")) {
            String kind = q.oneOf("kind", QuestionKind.ids());
            List<ChoiceOption> options = new ArrayList<>();
            for (TreeReader o : q.objects("options")) {
                options.add(new ChoiceOption(o.text("id"), o.localized("text")));
            }
            questions.add(new ChoiceQuestion(q.text("id"), QuestionKind.fromId(kind),
                    ChoiceScoring.fromId(q.oneOf("scoring", ChoiceScoring.ids(), defaultScoring)),
                    q.localized("prompt"), options));
        }
        in.failOnSpecProblems(problemsOf(questions));
        return new ChoiceSpec(questions);
    }

    /** The question with this id, or null. */
    public ChoiceQuestion question(String id) {
        return questions.stream().filter(q -> java.util.Objects.equals(q.id(), id)).findFirst().orElse(null);
    }

    static List<SpecProblem> problemsOf(List<ChoiceQuestion> questions) {
        List<SpecProblem> problems = new ArrayList<>();
        if (questions == null || questions.isEmpty()) {
            problems.add(SpecProblem.of("questions", "at least one question is required", CheckProblem.NONE_GIVEN));
            return problems;
        }
        Set<String> questionIds = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String field = "questions[" + i + "]";
            ChoiceQuestion q = questions.get(i);
            if (q == null) {
                problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
                continue;
            }
            Checks.id(q.id(), field + ".id", questionIds, problems);
            if (q.kind() == null) {
                problems.add(SpecProblem.of(field + ".kind", "must be one of " + QuestionKind.ids(), CheckProblem.ONE_OF, String.join(", ", QuestionKind.ids())));
            }
            if (q.scoring() == null) {
                problems.add(SpecProblem.of(field + ".scoring", "must be one of " + ChoiceScoring.ids(), CheckProblem.ONE_OF, String.join(", ", ChoiceScoring.ids())));
            }
            Checks.text(q.prompt(), field + ".prompt", problems);
            checkOptions(q.options(), field + ".options", problems);
        }
        return problems;
    }

    private static void checkOptions(List<ChoiceOption> options, String field, List<SpecProblem> problems) {
        if (options.size() < 2) {
            problems.add(SpecProblem.of(field, "at least two options are required, found " + options.size(),
                    CheckProblem.AT_LEAST, 2));
        }
        Set<String> optionIds = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            ChoiceOption o = options.get(j);
            String at = field + "[" + j + "]";
            if (o == null) {
                problems.add(SpecProblem.of(at, "is required", ReadProblem.REQUIRED));
                continue;
            }
            Checks.id(o.id(), at + ".id", optionIds, problems);
            Checks.text(o.text(), at + ".text", problems);
        }
    }
}
