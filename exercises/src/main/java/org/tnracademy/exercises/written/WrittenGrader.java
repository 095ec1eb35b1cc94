package org.tnracademy.exercises.written;

import java.util.ArrayList;
import java.util.List;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;

/**
 * Turns an instructor's rubric grade into a result; it judges nothing itself. The score is the
 * points given over the rubric's maximum, so every point weighs the same whichever criterion it
 * is on. Pure and deterministic.
 */
public final class WrittenGrader {

    /**
     * @throws InvalidAnswerException if the submission is blank or too long
     * @throws InvalidGradeException  if the grade does not fit the rubric
     */
    public WrittenResult grade(WrittenSpec spec, WrittenAnswer answer, InstructorGrade grade) {
        List<AnswerProblem> answerProblems = answer.problemsAgainst(spec);
        if (!answerProblems.isEmpty()) {
            throw new InvalidAnswerException(answerProblems);
        }
        List<AnswerProblem> gradeProblems = grade.problemsAgainst(spec);
        if (!gradeProblems.isEmpty()) {
            throw new InvalidGradeException(gradeProblems);
        }
        List<CriterionScore> criteria = new ArrayList<>(spec.criteria().size());
        int points = 0;
        for (Criterion c : spec.criteria()) {
            int given = grade.pointsByCriterion().get(c.id());
            points += given;
            RubricLevel level = c.levelFor(given);
            criteria.add(new CriterionScore(c.id(), c.title(), given, c.maxPoints(),
                    level == null ? null : level.descriptor()));
        }
        int max = spec.totalMaxPoints();
        return new WrittenResult((double) points / max, points, max, criteria, grade.comment());
    }
}
