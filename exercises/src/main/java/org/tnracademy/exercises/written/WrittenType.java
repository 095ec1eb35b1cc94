package org.tnracademy.exercises.written;

import java.util.Map;

import org.tnracademy.exercises.ExerciseType;

/**
 * The {@code written-analysis} type: an instructor grades each submission on the rubric, so an
 * answer waits, pending, until {@link #grade} is given the instructor's grade.
 */
public final class WrittenType implements ExerciseType<WrittenSpec, WrittenKey, WrittenAnswer> {

    public static final String ID = "written-analysis";

    private final WrittenGrader grader = new WrittenGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public WrittenSpec readSpec(Map<String, Object> tree) {
        return WrittenSpec.fromMap(tree);
    }

    @Override
    public WrittenKey readKey(WrittenSpec spec, Map<String, Object> tree) {
        return WrittenKey.fromMap(spec, tree);
    }

    @Override
    public WrittenAnswer readAnswer(WrittenSpec spec, Map<String, Object> tree) {
        return WrittenAnswer.fromMap(spec, tree);
    }

    @Override
    public boolean gradedByInstructor() {
        return true;
    }

    /** @throws org.tnracademy.exercises.written.InvalidGradeException when the grade does not fit the rubric */
    public InstructorGrade readGrade(WrittenSpec spec, Map<String, Object> tree) {
        return InstructorGrade.fromMap(spec, tree);
    }

    public WrittenResult grade(WrittenSpec spec, WrittenAnswer answer, InstructorGrade grade) {
        return grader.grade(spec, answer, grade);
    }
}
