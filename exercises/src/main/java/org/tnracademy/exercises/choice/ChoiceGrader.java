package org.tnracademy.exercises.choice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;

/**
 * Grades choice questions. Each question is scored by its own rule (see {@link ChoiceScoring});
 * an unanswered question scores 0; the exercise score is the mean over the spec's questions, so
 * every question weighs the same. Pure and deterministic. The key must come from
 * {@link ChoiceKey#validated} or {@link ChoiceKey#fromMap} against the same spec.
 */
public final class ChoiceGrader {

    public ChoiceResult grade(ChoiceSpec spec, ChoiceKey key, ChoiceAnswer answer) {
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        List<QuestionFeedback> feedback = new ArrayList<>(spec.questions().size());
        double sum = 0;
        int fullyCorrect = 0;
        for (ChoiceQuestion question : spec.questions()) {
            QuestionFeedback f = gradeQuestion(question, key.question(question.id()), answer.picked(question.id()));
            feedback.add(f);
            sum += f.score();
            fullyCorrect += f.fullyCorrect() ? 1 : 0;
        }
        return new ChoiceResult(sum / spec.questions().size(), feedback, fullyCorrect, spec.questions().size());
    }

    private static QuestionFeedback gradeQuestion(ChoiceQuestion question, QuestionKey key, Set<String> picked) {
        List<String> pickedInOrder = new ArrayList<>();
        List<String> correct = new ArrayList<>();
        List<OptionFeedback> options = new ArrayList<>();
        int right = 0;
        int wrong = 0;
        for (String optionId : question.optionIds()) {
            OptionKey option = key.option(optionId);
            boolean isPicked = picked.contains(optionId);
            if (isPicked) {
                pickedInOrder.add(optionId);
            }
            if (option.correct()) {
                correct.add(optionId);
            }
            OptionOutcome outcome = outcome(isPicked, option.correct());
            if (outcome == OptionOutcome.RIGHT_PICK) {
                right++;
            } else if (outcome == OptionOutcome.WRONG_PICK) {
                wrong++;
            }
            if (outcome != null) {
                options.add(new OptionFeedback(optionId, outcome, option.explanation()));
            }
        }
        double score = question.scoring().score(right, wrong, correct.size());
        return new QuestionFeedback(question.id(), question.scoring(), score, pickedInOrder.equals(correct),
                pickedInOrder, correct, options);
    }

    /** Null for an option neither picked nor correct. */
    private static OptionOutcome outcome(boolean picked, boolean correct) {
        if (picked) {
            return correct ? OptionOutcome.RIGHT_PICK : OptionOutcome.WRONG_PICK;
        }
        return correct ? OptionOutcome.MISSED : null;
    }
}
