package org.tnracademy.exercises.shortanswer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;

/**
 * Grades short answers: a question is right when the normalised text equals a normalised accepted
 * answer or a pattern matches all of it, case-insensitively. The score is the share of questions
 * answered right; a blank answer is unanswered. Pure and deterministic.
 */
public final class ShortAnswerGrader {

    /**
     * Longest answer graded, in characters. Short answers are short, and the bound keeps an author's
     * pattern from backtracking for long over a learner's text.
     */
    public static final int MAX_LENGTH = 500;

    /**
     * @throws InvalidAnswerException naming every unknown question, null text and over-long text
     * @throws InvalidSpecException   if the key has no entry for a question of the spec
     */
    public ShortAnswerResult grade(ShortAnswerSpec spec, ShortAnswerKey key, ShortAnswerResponse response) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(response, "response");
        validate(spec, response);
        List<ShortAnswerFeedback> feedback = new ArrayList<>(spec.questions().size());
        int correctCount = 0;
        for (String question : spec.questions()) {
            AcceptedAnswers accepted = key.questions().get(question);
            if (accepted == null) {
                throw InvalidSpecException.of("key." + question, "the question has no key");
            }
            String given = response.textByQuestion().get(question);
            String normalized = given == null ? "" : AnswerNormalizer.normalize(given);
            boolean correct = !normalized.isEmpty() && accepts(accepted, normalized);
            correctCount += correct ? 1 : 0;
            feedback.add(new ShortAnswerFeedback(question, normalized.isEmpty() ? null : given, correct,
                    accepted.answers(), accepted.explanation()));
        }
        return new ShortAnswerResult((double) correctCount / spec.questions().size(), feedback, correctCount,
                spec.questions().size());
    }

    private static boolean accepts(AcceptedAnswers accepted, String normalized) {
        for (String answer : accepted.answers()) {
            if (AnswerNormalizer.normalize(answer).equals(normalized)) {
                return true;
            }
        }
        for (String pattern : accepted.patterns()) {
            Pattern accepting = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (accepting.matcher(normalized).matches()) {
                return true;
            }
        }
        return false;
    }

    private static void validate(ShortAnswerSpec spec, ShortAnswerResponse response) {
        List<AnswerProblem> problems = new ArrayList<>();
        Map<String, String> texts = response.textByQuestion();
        Set<String> questions = new HashSet<>(spec.questions());
        for (String question : spec.questions()) {
            if (!texts.containsKey(question)) {
                continue;
            }
            String text = texts.get(question);
            if (text == null) {
                problems.add(new AnswerProblem("question " + question, Code.MISSING_VALUE, "no text"));
            } else if (text.length() > MAX_LENGTH) {
                problems.add(new AnswerProblem("question " + question, Code.OUT_OF_RANGE,
                        "the answer has " + text.length() + " characters; at most " + MAX_LENGTH + " are graded"));
            }
        }
        texts.keySet().stream().filter(id -> !questions.contains(id)).sorted()
                .forEach(id -> problems.add(new AnswerProblem("question " + id, Code.UNKNOWN_ITEM,
                        "'" + id + "' is not a question of this exercise")));
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
    }
}
