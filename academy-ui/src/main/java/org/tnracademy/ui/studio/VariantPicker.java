package org.tnracademy.ui.studio;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.tnracademy.core.catalog.VariantSubject;
import org.tnracademy.core.cohort.CohortLearner;
import org.tnracademy.core.cohort.CohortLearners;

/**
 * Picks whose variant of an exercise the preview shows: a learner of a cohort (their own variant,
 * drawn now if they had none yet) or a numbered sample variant. The core decides what each
 * is; this only asks.
 */
class VariantPicker extends VerticalLayout {

    VariantPicker(CohortLearners learners, VariantSubject shown, int items, Consumer<VariantSubject> pick) {
        setPadding(false);
        setId("variant-picker");
        Paragraph which = new Paragraph(shown.learnerId() != null
                ? getTranslation("variants.preview.showing-learner", items)
                : getTranslation("variants.preview.showing-sample", shown.sample(), items));
        which.setId("variant-shown");

        // at most CohortLearners.MAX_LISTED, by cohort and name (a select: the frontend bundle has no combo box)
        Select<CohortLearner> learner = new Select<>();
        learner.setLabel(getTranslation("variants.preview.learner"));
        learner.setId("variant-learner");
        learner.setItemLabelGenerator(l -> l == null ? "" : getTranslation("variants.preview.learner-of-cohort",
                l.displayName(), l.cohortName()));
        List<CohortLearner> listed = learners.find("", CohortLearners.MAX_LISTED);
        learner.setItems(listed);
        // the learner shown stays picked, so the page says whose variant it is
        listed.stream().filter(l -> shown.learnerId() != null && l.learnerId() == shown.learnerId()).findFirst()
                .ifPresent(learner::setValue);
        learner.setWidth("22rem");
        learner.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                pick.accept(VariantSubject.learner(e.getValue().learnerId()));
            }
        });

        IntegerField sample = new IntegerField(getTranslation("variants.preview.sample"));
        sample.setId("variant-sample");
        sample.setMin(1);
        sample.setMax(VariantSubject.MAX_SAMPLE);
        sample.setStepButtonsVisible(true);
        sample.setValue(shown.sample() == null ? 1 : shown.sample());
        Button showSample = new Button(getTranslation("variants.preview.show-sample"), e -> {
            Integer n = sample.getValue();
            if (n != null && n >= 1 && n <= VariantSubject.MAX_SAMPLE) {
                pick.accept(VariantSubject.sample(n));
            }
        });
        showSample.setId("variant-show-sample");
        HorizontalLayout row = new HorizontalLayout(learner, sample, showSample);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(which, row);
    }
}
