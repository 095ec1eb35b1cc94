package org.tnracademy.exercises.tagging;

import java.util.Map;

import org.tnracademy.exercises.AutoGradedType;

/** The `technique-tagging` type. */
public final class TaggingType implements AutoGradedType<TaggingSpec, TaggingKey, TaggingAnswer, TaggingResult> {

    public static final String ID = "technique-tagging";

    private final TaggingGrader grader = new TaggingGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TaggingSpec readSpec(Map<String, Object> tree) {
        return TaggingSpec.fromMap(tree);
    }

    @Override
    public TaggingKey readKey(TaggingSpec spec, Map<String, Object> tree) {
        return TaggingKey.fromMap(spec, tree);
    }

    @Override
    public TaggingAnswer readAnswer(TaggingSpec spec, Map<String, Object> tree) {
        return TaggingAnswer.fromMap(spec, tree);
    }

    @Override
    public TaggingResult grade(TaggingSpec spec, TaggingKey key, TaggingAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<TaggingResult> resultType() {
        return TaggingResult.class;
    }
}
