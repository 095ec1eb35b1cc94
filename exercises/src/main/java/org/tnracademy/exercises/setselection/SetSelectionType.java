package org.tnracademy.exercises.setselection;

import java.util.Map;

import org.tnracademy.exercises.AutoGradedType;

/** The `set-selection` type. */
public final class SetSelectionType implements AutoGradedType<SetSelectionSpec, SetSelectionKey, SetSelectionAnswer, SetSelectionResult> {

    public static final String ID = "set-selection";

    private final SetSelectionGrader grader = new SetSelectionGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SetSelectionSpec readSpec(Map<String, Object> tree) {
        return SetSelectionSpec.fromMap(tree);
    }

    @Override
    public SetSelectionKey readKey(SetSelectionSpec spec, Map<String, Object> tree) {
        return SetSelectionKey.fromMap(spec, tree);
    }

    @Override
    public SetSelectionAnswer readAnswer(SetSelectionSpec spec, Map<String, Object> tree) {
        return SetSelectionAnswer.fromMap(spec, tree);
    }

    @Override
    public SetSelectionResult grade(SetSelectionSpec spec, SetSelectionKey key, SetSelectionAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<SetSelectionResult> resultType() {
        return SetSelectionResult.class;
    }
}
