package org.tnracademy.exercises.written;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.tnracademy.exercises.AnswerWords;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.TreeReader;

/**
 * An instructor's grade of one submission: whole points per criterion id, and a comment for the
 * learner ("" when none).
 */
public record InstructorGrade(Map<String, Integer> pointsByCriterion, String comment) {

    public static final int MAX_COMMENT_LENGTH = 10_000;

    public InstructorGrade {
        pointsByCriterion = Copies.map(pointsByCriterion);
        comment = comment == null ? "" : comment;
    }

    /** A grade checked against the rubric. */
    public static InstructorGrade of(WrittenSpec spec, Map<String, Integer> pointsByCriterion, String comment) {
        InstructorGrade grade = new InstructorGrade(pointsByCriterion, comment);
        List<AnswerProblem> problems = grade.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidGradeException(problems);
        }
        return grade;
    }

    /** Reads a grade from a parsed tree: {@code {points: {sourcing: 3, attribution: 2}, comment?: "..."}}. */
    public static InstructorGrade fromMap(WrittenSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        TreeReader pointsIn = in.child("points");
        Map<String, Integer> points = new LinkedHashMap<>();
        for (String criterion : pointsIn.fields()) {
            points.put(criterion, pointsIn.integer(criterion));
        }
        InstructorGrade grade = new InstructorGrade(points, in.optionalText("comment", ""));
        try {
            in.failOnAnswerProblems(grade.problemsAgainst(spec));
        } catch (InvalidAnswerException e) {
            throw new InvalidGradeException(e.problems());
        }
        return grade;
    }

    /**
     * Every problem of this grade against the rubric: a criterion left ungraded, points outside
     * 0..max, a criterion the rubric lacks, a comment too long.
     */
    public List<AnswerProblem> problemsAgainst(WrittenSpec spec) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (Criterion c : spec.criteria()) {
            Integer points = pointsByCriterion.get(c.id());
            String where = "points." + c.id();
            if (points == null) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.MISSING_VALUE, "the criterion is not graded"));
            } else if (points < 0 || points > c.maxPoints()) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.OUT_OF_RANGE,
                        points + " must be between 0 and " + c.maxPoints()));
            }
        }
        // sorted so the problems come in the same order every time
        for (String criterion : new TreeSet<>(pointsByCriterion.keySet())) {
            if (spec.criterion(criterion) == null) {
                problems.add(new AnswerProblem("points." + criterion, AnswerProblem.Code.UNKNOWN_ITEM,
                        "'" + criterion + "' is not a criterion of the rubric", AnswerWords.NOT_AN_ITEM, criterion));
            }
        }
        int commentLength = comment.codePointCount(0, comment.length());
        if (commentLength > MAX_COMMENT_LENGTH) {
            problems.add(new AnswerProblem("comment", AnswerProblem.Code.OUT_OF_RANGE,
                    "the comment has " + commentLength + " characters, at most " + MAX_COMMENT_LENGTH + " are allowed"));
        }
        return problems;
    }
}
