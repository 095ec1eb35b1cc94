package org.tnracademy.exercises.types;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.attribution.AttributionType;
import org.tnracademy.exercises.choice.ChoiceType;
import org.tnracademy.exercises.estimate.EstimateType;
import org.tnracademy.exercises.indicators.IndicatorsType;
import org.tnracademy.exercises.labelling.LabellingType;
import org.tnracademy.exercises.setselection.SetSelectionType;
import org.tnracademy.exercises.shortanswer.ShortAnswerType;
import org.tnracademy.exercises.spans.SpansType;
import org.tnracademy.exercises.tagging.TaggingType;
import org.tnracademy.exercises.timeline.TimelineType;
import org.tnracademy.exercises.written.WrittenType;

/**
 * Every exercise type the academy knows, by the {@code type:} id used in packs: the one place a
 * new type is registered in this module (one line in the list below).
 */
public final class ExerciseTypes {

    private static final Map<String, ExerciseType<?, ?, ?>> BY_ID = new LinkedHashMap<>();

    static {
        for (ExerciseType<?, ?, ?> type : new ExerciseType<?, ?, ?>[] {
                new ChoiceType(), new LabellingType(), new SetSelectionType(), new SpansType(),
                new IndicatorsType(), new TimelineType(), new EstimateType(), new TaggingType(),
                new ShortAnswerType(), new WrittenType(), new AttributionType()}) {
            BY_ID.put(type.id(), type);
        }
    }

    private ExerciseTypes() {
    }

    public static Optional<ExerciseType<?, ?, ?>> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The type with that id; for ids already checked, such as those of stored exercises. */
    public static ExerciseType<?, ?, ?> get(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown exercise type '" + id + "'"));
    }

    public static AutoGradedType<?, ?, ?, ?> autoGraded(String id) {
        if (get(id) instanceof AutoGradedType<?, ?, ?, ?> auto) {
            return auto;
        }
        throw new IllegalArgumentException("exercise type '" + id + "' is graded by an instructor");
    }

    public static WrittenType written() {
        return BY_ID.values().stream().filter(WrittenType.class::isInstance).map(WrittenType.class::cast)
                .findFirst().orElseThrow();
    }

    /** The type whose grader returns results of this class. */
    public static Optional<ExerciseType<?, ?, ?>> ofResult(GradeResult result) {
        return BY_ID.values().stream().filter(t -> t.resultType().isInstance(result)).findFirst();
    }

    public static Collection<ExerciseType<?, ?, ?>> all() {
        return BY_ID.values();
    }

    public static Collection<String> ids() {
        return BY_ID.keySet();
    }
}
