package org.tnracademy.exercises.timeline;

import java.util.Map;

import org.tnracademy.exercises.AutoGradedType;

/** The `timeline` type. */
public final class TimelineType implements AutoGradedType<TimelineSpec, TimelineKey, TimelineAnswer, TimelineResult> {

    public static final String ID = "timeline";

    private final TimelineGrader grader = new TimelineGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TimelineSpec readSpec(Map<String, Object> tree) {
        return TimelineSpec.fromMap(tree);
    }

    @Override
    public TimelineKey readKey(TimelineSpec spec, Map<String, Object> tree) {
        return TimelineKey.fromMap(spec, tree);
    }

    @Override
    public TimelineAnswer readAnswer(TimelineSpec spec, Map<String, Object> tree) {
        return TimelineAnswer.fromMap(spec, tree);
    }

    @Override
    public TimelineResult grade(TimelineSpec spec, TimelineKey key, TimelineAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<TimelineResult> resultType() {
        return TimelineResult.class;
    }
}
