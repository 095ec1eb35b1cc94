package org.tnracademy.exercises.written;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ItemNaming;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.shape.ObjectShape;

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

    @Override
    public Class<WrittenResult> resultType() {
        return WrittenResult.class;
    }

    /** One item per rubric criterion, credited points / maximum. */
    @Override
    public List<ItemResponse> itemResponses(GradeResult result) {
        List<ItemResponse> out = new ArrayList<>();
        for (CriterionScore c : resultType().cast(result).criteria()) {
            double credit = c.maxPoints() <= 0 ? 0 : Math.clamp((double) c.points() / c.maxPoints(), 0, 1);
            out.add(new ItemResponse(c.criterionId(), c.maxPoints() + "/" + c.maxPoints(),
                    c.points() + "/" + c.maxPoints(), credit, null, null));
        }
        return out;
    }

    @Override
    public ObjectShape specShape() {
        return WrittenShapes.spec();
    }

    @Override
    public ObjectShape keyShape() {
        return WrittenShapes.key();
    }

    @Override
    public ItemNaming itemNaming(WrittenSpec spec, Collection<String> itemIds) {
        ItemNaming.Builder names = ItemNaming.builder();
        int n = 0;
        for (Criterion c : spec.criteria()) {
            names.item(c.id(), ItemNaming.Kind.CRITERION, ++n, c.title());
        }
        return names.build();
    }
}
