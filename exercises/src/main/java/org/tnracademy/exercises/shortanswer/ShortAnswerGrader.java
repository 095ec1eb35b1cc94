package org.tnracademy.exercises.shortanswer;

import java.util.ArrayList;
import java.util.List;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;

/**
 * Grades short answers: each blank scores 1 when its key accepts the value (see
 * {@link BlankKey#accepts}), else 0; the score is the mean over the spec's blanks. Pure and
 * deterministic: patterns are bounded by a count of steps, not by time. The key must come
 * from {@link ShortAnswerKey#validated} or {@link ShortAnswerKey#fromMap} against the same spec.
 */
public final class ShortAnswerGrader {

    public ShortAnswerResult grade(ShortAnswerSpec spec, ShortAnswerKey key, ShortAnswerAnswer answer) {
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        List<BlankFeedback> feedback = new ArrayList<>(spec.blanks().size());
        int correct = 0;
        for (Blank blank : spec.blanks()) {
            BlankKey blankKey = key.blank(blank.id());
            String given = answer.value(blank.id());
            boolean right = blankKey.accepts(given);
            correct += right ? 1 : 0;
            feedback.add(new BlankFeedback(blank.id(), given, right, blankKey.accepted(), blankKey.explanation()));
        }
        int count = spec.blanks().size();
        return new ShortAnswerResult((double) correct / count, feedback, correct, count);
    }
}
