package org.tnracademy.exercises.choice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;

/**
 * Grades choice questions: each question by the spec's scoring rule, the exercise by the mean over
 * its questions, so an unanswered question counts 0. Pure and deterministic.
 */
public final class ChoiceGrader {

    /**
     * @throws InvalidAnswerException naming every unknown question, unknown, empty or repeated
     *                                option, and single-choice question with several options
     * @throws InvalidSpecException   if the key has no entry for a question of the spec
     */
    public ChoiceResult grade(ChoiceSpec spec, ChoiceKey key, ChoiceAnswer answer) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(answer, "answer");
        validate(spec, answer);
        List<QuestionFeedback> feedback = new ArrayList<>(spec.questions().size());
        double sum = 0;
        int correctCount = 0;
        for (ChoiceQuestion q : spec.questions()) {
            QuestionKey questionKey = key.questions().get(q.id());
            if (questionKey == null) {
                throw InvalidSpecException.of("key." + q.id(), "the question has no key");
            }
            QuestionFeedback graded = grade(q, questionKey, spec.scoring(),
                    answer.selectedByQuestion().getOrDefault(q.id(), List.of()));
            feedback.add(graded);
            sum += graded.score();
            correctCount += graded.correct() ? 1 : 0;
        }
        return new ChoiceResult(sum / spec.questions().size(), feedback, correctCount, spec.questions().size());
    }

    private static QuestionFeedback grade(ChoiceQuestion q, QuestionKey key, ChoiceScoring scoring,
                                          List<String> selectedList) {
        Set<String> correct = new HashSet<>(key.correct());
        Set<String> selected = new HashSet<>(selectedList);
        int right = 0;
        int wrong = 0;
        List<OptionFeedback> options = new ArrayList<>(q.options().size());
        for (String option : q.options()) {
            boolean isRight = correct.contains(option);
            boolean isSelected = selected.contains(option);
            if (isSelected) {
                if (isRight) {
                    right++;
                } else {
                    wrong++;
                }
            }
            options.add(new OptionFeedback(option, isRight, isSelected, key.explanations().get(option)));
        }
        boolean exactlyRight = right == correct.size() && wrong == 0;
        return new QuestionFeedback(q.id(), scoring.score(right, wrong, correct.size()), exactlyRight, options);
    }

    private static void validate(ChoiceSpec spec, ChoiceAnswer answer) {
        List<AnswerProblem> problems = new ArrayList<>();
        Map<String, List<String>> selectedByQuestion = answer.selectedByQuestion();
        Set<String> questionIds = new HashSet<>();
        for (ChoiceQuestion q : spec.questions()) {
            questionIds.add(q.id());
            if (selectedByQuestion.containsKey(q.id())) {
                check(q, selectedByQuestion.get(q.id()), problems);
            }
        }
        selectedByQuestion.keySet().stream().filter(id -> !questionIds.contains(id)).sorted()
                .forEach(id -> problems.add(new AnswerProblem("question " + id, Code.UNKNOWN_ITEM,
                        "'" + id + "' is not a question of this exercise")));
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
    }

    private static void check(ChoiceQuestion q, List<String> selected, List<AnswerProblem> problems) {
        String where = "question " + q.id();
        if (selected == null) {
            problems.add(new AnswerProblem(where, Code.MISSING_VALUE, "no list of selected options"));
            return;
        }
        Set<String> options = new HashSet<>(q.options());
        Set<String> seen = new HashSet<>();
        for (String option : selected) {
            if (option == null || option.isBlank()) {
                problems.add(new AnswerProblem(where, Code.MISSING_VALUE, "a selected option is empty"));
            } else if (!options.contains(option)) {
                problems.add(new AnswerProblem(where, Code.UNKNOWN_OPTION,
                        "'" + option + "' is not one of the options " + q.options()));
            } else if (!seen.add(option)) {
                problems.add(new AnswerProblem(where, Code.DUPLICATE_ITEM, "'" + option + "' is selected twice"));
            }
        }
        if (!q.multiple() && selected.size() > 1) {
            problems.add(new AnswerProblem(where, Code.OUT_OF_RANGE,
                    selected.size() + " options selected; this question takes one"));
        }
    }
}
