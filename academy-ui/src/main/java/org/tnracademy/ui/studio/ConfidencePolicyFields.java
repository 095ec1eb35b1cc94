package org.tnracademy.ui.studio;

import java.util.function.Consumer;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import org.tnracademy.exercises.calibration.ConfidenceAsk;
import org.tnracademy.exercises.calibration.ConfidencePolicy;

/**
 * The studio's fields for {@code policy.confidence}: whether learners give a confidence (not asked,
 * per answer, per item) and how much the calibration counts (0 to 0.5; 0 shows it without counting).
 */
public final class ConfidencePolicyFields extends HorizontalLayout {

    private final Select<ConfidenceAsk> ask = new Select<>();
    private final NumberField weight = new NumberField();

    public ConfidencePolicyFields() {
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
        weight.setMin(0);
        weight.setMax(ConfidencePolicy.MAX_WEIGHT);
        weight.setStep(0.05);
        weight.setStepButtonsVisible(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(ask, weight);
    }

    public void show(ConfidencePolicy policy) {
        ask.setValue(policy.ask());
        weight.setValue(policy.weight());
    }

    /** The policy typed, or null after telling {@code refuse} what is wrong. */
    public ConfidencePolicy typed(Consumer<String> refuse) {
        double w = weight.getValue() == null ? 0 : weight.getValue();
        if (!(w >= 0 && w <= ConfidencePolicy.MAX_WEIGHT)) {
            refuse.accept(getTranslation("calibration.studio.weight-range"));
            return null;
        }
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
