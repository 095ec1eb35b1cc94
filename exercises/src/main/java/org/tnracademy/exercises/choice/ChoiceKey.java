package org.tnracademy.exercises.choice;

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

/** The answer key: for every question of the spec, which options are correct and why. */
public record ChoiceKey(List<QuestionKey> questions) {

    public ChoiceKey {
        questions = Copies.list(questions);
    }

    /**
     * A key checked against its spec: every question and every option of the spec keyed exactly
     * once, each with an explanation; a single-choice question has exactly one correct option and
     * a multiple-choice question at least one.
     */
    public static ChoiceKey validated(ChoiceSpec spec, List<QuestionKey> questions) {
        List<SpecProblem> problems = problemsOf(spec, questions);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new ChoiceKey(questions);
    }

    /**
     * Reads a key from a parsed tree: {@code {questions: [{id, options: [{id, correct, explanation}]}]}};
     * an {@code exercise} field naming the exercise, as key files carry, is allowed and ignored.
     */
    public static ChoiceKey fromMap(ChoiceSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map).allow("exercise");
        List<QuestionKey> questions = new ArrayList<>();
        for (TreeReader q : in.objects("questions")) {
            List<OptionKey> options = new ArrayList<>();
            for (TreeReader o : q.objects("options")) {
                options.add(new OptionKey(o.text("id"), Boolean.TRUE.equals(o.flag("correct")),
                        o.localized("explanation")));
            }
            questions.add(new QuestionKey(q.text("id"), options));
        }
        in.failOnSpecProblems(problemsOf(spec, questions));
        return new ChoiceKey(questions);
    }

    /** The key of the question with this id, or null. */
    public QuestionKey question(String questionId) {
        return questions.stream().filter(q -> Objects.equals(q.questionId(), questionId)).findFirst().orElse(null);
    }

    private static List<SpecProblem> problemsOf(ChoiceSpec spec, List<QuestionKey> questions) {
        List<SpecProblem> problems = new ArrayList<>();
        if (questions == null) {
            questions = List.of();
        }
        Set<String> keyed = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String field = "questions[" + i + "]";
            QuestionKey q = questions.get(i);
            if (q == null) {
                problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
                continue;
            }
            ChoiceQuestion question = q.questionId() == null ? null : spec.question(q.questionId());
            if (q.questionId() == null || q.questionId().isBlank()) {
                problems.add(SpecProblem.of(field + ".id", "must not be blank", CheckProblem.BLANK));
            } else if (question == null) {
                problems.add(SpecProblem.of(field + ".id", "'" + q.questionId() + "' is not a question of the spec", CheckProblem.NOT_DEFINED, q.questionId()));
            } else if (!keyed.add(q.questionId())) {
                problems.add(SpecProblem.of(field + ".id", "'" + q.questionId() + "' appears twice", CheckProblem.DUPLICATE, q.questionId()));
            } else {
                checkOptions(question, q, field, problems);
            }
        }
        for (ChoiceQuestion question : spec.questions()) {
            if (!keyed.contains(question.id())) {
                problems.add(SpecProblem.of("questions", "question '" + question.id() + "' has no key",
                        CheckProblem.NOT_KEYED, question.id()));
            }
        }
        return problems;
    }

    private static void checkOptions(ChoiceQuestion question, QuestionKey q, String field,
                                     List<SpecProblem> problems) {
        Set<String> known = new HashSet<>(question.optionIds());
        Set<String> keyed = new HashSet<>();
        for (int j = 0; j < q.options().size(); j++) {
            String at = field + ".options[" + j + "]";
            OptionKey o = q.options().get(j);
            if (o == null) {
                problems.add(SpecProblem.of(at, "is required", ReadProblem.REQUIRED));
                continue;
            }
            if (o.optionId() == null || o.optionId().isBlank()) {
                problems.add(SpecProblem.of(at + ".id", "must not be blank", CheckProblem.BLANK));
            } else if (!known.contains(o.optionId())) {
                problems.add(SpecProblem.of(at + ".id", "'" + o.optionId() + "' is not an option of question '"
                        + question.id() + "'", CheckProblem.NOT_DEFINED, o.optionId()));
            } else if (!keyed.add(o.optionId())) {
                problems.add(SpecProblem.of(at + ".id", "'" + o.optionId() + "' appears twice", CheckProblem.DUPLICATE, o.optionId()));
            }
            Checks.text(o.explanation(), at + ".explanation", problems);
        }
        for (String optionId : question.optionIds()) {
            if (!keyed.contains(optionId)) {
                problems.add(SpecProblem.of(field + ".options", "option '" + optionId + "' has no key",
                        CheckProblem.NOT_KEYED, optionId));
            }
        }
        int correct = q.correctCount();
        if (question.kind() == QuestionKind.SINGLE && correct != 1) {
            problems.add(SpecProblem.of(field + ".options",
                    "a single-choice question needs exactly one correct option, found " + correct,
                    ChoiceProblem.SINGLE_NEEDS_ONE_CORRECT, correct));
        } else if (question.kind() == QuestionKind.MULTIPLE && correct == 0) {
            problems.add(SpecProblem.of(field + ".options", "a multiple-choice question needs a correct option",
                    ChoiceProblem.MULTIPLE_NEEDS_A_CORRECT));
        }
    }
}
