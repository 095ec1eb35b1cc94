package org.tnracademy.ui.exercise.types;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tnracademy.ui.exercise.attribution.AttributionUi;
import org.tnracademy.ui.exercise.choice.ChoiceUi;
import org.tnracademy.ui.exercise.estimate.EstimateUi;
import org.tnracademy.ui.exercise.indicators.IndicatorsUi;
import org.tnracademy.ui.exercise.labelling.LabellingUi;
import org.tnracademy.ui.exercise.setselection.SetSelectionUi;
import org.tnracademy.ui.exercise.shortanswer.ShortAnswerUi;
import org.tnracademy.ui.exercise.spans.SpansUi;
import org.tnracademy.ui.exercise.tagging.TaggingUi;
import org.tnracademy.ui.exercise.timeline.TimelineUi;
import org.tnracademy.ui.exercise.written.WrittenUi;

/** The UI of every exercise type, by type id: the one place a new type is registered in this module. */
public final class ExerciseTypeUis {

    private static final Map<String, ExerciseTypeUi> BY_ID = new LinkedHashMap<>();

    static {
        for (ExerciseTypeUi ui : new ExerciseTypeUi[] {
                new ChoiceUi(), new LabellingUi(), new SetSelectionUi(), new SpansUi(), new IndicatorsUi(),
                new TimelineUi(), new EstimateUi(), new TaggingUi(), new ShortAnswerUi(), new WrittenUi(),
                new AttributionUi()}) {
            BY_ID.put(ui.typeId(), ui);
        }
    }

    private ExerciseTypeUis() {
    }

    /** @throws IllegalArgumentException for a type without a UI */
    public static ExerciseTypeUi get(String typeId) {
        ExerciseTypeUi ui = BY_ID.get(typeId);
        if (ui == null) {
            throw new IllegalArgumentException("no UI for exercise type '" + typeId + "'; known: " + BY_ID.keySet());
        }
        return ui;
    }

    public static Map<String, ExerciseTypeUi> all() {
        return java.util.Collections.unmodifiableMap(BY_ID);
    }
}
