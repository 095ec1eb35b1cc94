package org.tnracademy.ui.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.tnracademy.exercises.calibration.ConfidenceAsk;
import org.tnracademy.exercises.calibration.ConfidencePolicy;
import org.tnracademy.ui.i18n.Formats;

/**
 * The studio's fields for {@code policy.confidence}: whether learners give a confidence (not asked,
 * per answer, per item) and how much the calibration counts, picked from 0 to 50 % in steps of 5 so
 * that no weight out of bounds can be typed (0 shows the calibration without counting it).
 */
final class ConfidencePolicyFields extends HorizontalLayout {

    private static final int WEIGHT_STEP_PERCENT = 5;

    private final Select<ConfidenceAsk> ask = new Select<>();
    private final Select<Integer> weight = new Select<>();

    ConfidencePolicyFields() {
        ask.setId("exercise-confidence-ask");
        ask.setLabel(getTranslation("calibration.studio.ask"));
        ask.setItems(ConfidenceAsk.values());
        ask.setEmptySelectionAllowed(true);
        ask.setEmptySelectionCaption(getTranslation("calibration.studio.not-asked"));
        ask.setItemLabelGenerator(a -> a == null ? getTranslation("calibration.studio.not-asked")
                : getTranslation("calibration.studio.ask." + a.id()));
        weight.setId("exercise-confidence-weight");
        weight.setLabel(getTranslation("calibration.studio.weight"));
        weight.setHelperText(getTranslation("calibration.studio.weight-help"));
        List<Integer> weights = new ArrayList<>();
        for (int p = 0; p <= Math.round(ConfidencePolicy.MAX_WEIGHT * 100); p += WEIGHT_STEP_PERCENT) {
            weights.add(p);
        }
        weight.setItems(weights);
        weight.setItemLabelGenerator(p -> Formats.percent(p / 100.0, UI.getCurrent().getLocale()));
        weight.setValue(0);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(ask, weight);
    }

    void show(ConfidencePolicy policy) {
        ask.setValue(policy.ask());
        // a pack may hold a weight between the steps: it is shown at the nearest one below
        int percent = (int) Math.floor(policy.weight() * 100 + 1e-9);
        weight.setValue(percent - percent % WEIGHT_STEP_PERCENT);
    }

    /** The policy picked, or null after telling {@code refuse} what is wrong. */
    ConfidencePolicy typed(Consumer<String> refuse) {
        double w = weight.getValue() == null ? 0 : weight.getValue() / 100.0;
        if (ask.getValue() == null) {
            if (w > 0) {
                refuse.accept(getTranslation("calibration.studio.weight-without-ask"));
                return null;
            }
            return ConfidencePolicy.NOT_ASKED;
        }
        return new ConfidencePolicy(ask.getValue(), w);
    }
}
