package org.tnracademy.exercises.shortanswer;

import java.util.Map;

import org.tnracademy.exercises.AutoGradedType;

/** The `short-answer` type. */
public final class ShortAnswerType implements AutoGradedType<ShortAnswerSpec, ShortAnswerKey, ShortAnswerAnswer, ShortAnswerResult> {

    public static final String ID = "short-answer";

    private final ShortAnswerGrader grader = new ShortAnswerGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ShortAnswerSpec readSpec(Map<String, Object> tree) {
        return ShortAnswerSpec.fromMap(tree);
    }

    @Override
    public ShortAnswerKey readKey(ShortAnswerSpec spec, Map<String, Object> tree) {
        return ShortAnswerKey.fromMap(spec, tree);
    }

    @Override
    public ShortAnswerAnswer readAnswer(ShortAnswerSpec spec, Map<String, Object> tree) {
        return ShortAnswerAnswer.fromMap(spec, tree);
    }

    @Override
    public ShortAnswerResult grade(ShortAnswerSpec spec, ShortAnswerKey key, ShortAnswerAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<ShortAnswerResult> resultType() {
        return ShortAnswerResult.class;
    }
}
