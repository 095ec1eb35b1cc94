package org.tnracademy.exercises.spans;

import java.util.Map;

import org.tnracademy.exercises.AutoGradedType;

/** The `spans` type. */
public final class SpansType implements AutoGradedType<SpansSpec, SpansKey, SpansAnswer, SpansResult> {

    public static final String ID = "spans";

    private final SpansGrader grader = new SpansGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SpansSpec readSpec(Map<String, Object> tree) {
        return SpansSpec.fromMap(tree);
    }

    @Override
    public SpansKey readKey(SpansSpec spec, Map<String, Object> tree) {
        return SpansKey.fromMap(spec, tree);
    }

    @Override
    public SpansAnswer readAnswer(SpansSpec spec, Map<String, Object> tree) {
        return SpansAnswer.fromMap(spec, tree);
    }

    @Override
    public SpansResult grade(SpansSpec spec, SpansKey key, SpansAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<SpansResult> resultType() {
        return SpansResult.class;
    }
}
