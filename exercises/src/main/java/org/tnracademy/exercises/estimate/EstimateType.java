package org.tnracademy.exercises.estimate;

import java.util.Map;

import org.tnracademy.exercises.AutoGradedType;

/** The `estimate` type. */
public final class EstimateType implements AutoGradedType<EstimateSpec, EstimateKey, EstimateAnswer, EstimateResult> {

    public static final String ID = "estimate";

    private final EstimateGrader grader = new EstimateGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EstimateSpec readSpec(Map<String, Object> tree) {
        return EstimateSpec.fromMap(tree);
    }

    @Override
    public EstimateKey readKey(EstimateSpec spec, Map<String, Object> tree) {
        return EstimateKey.fromMap(spec, tree);
    }

    @Override
    public EstimateAnswer readAnswer(EstimateSpec spec, Map<String, Object> tree) {
        return EstimateAnswer.fromMap(spec, tree);
    }

    @Override
    public EstimateResult grade(EstimateSpec spec, EstimateKey key, EstimateAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<EstimateResult> resultType() {
        return EstimateResult.class;
    }
}
