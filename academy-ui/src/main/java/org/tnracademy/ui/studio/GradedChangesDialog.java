package org.tnracademy.ui.studio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import org.tnracademy.core.studio.CoursePublishing;
import org.tnracademy.core.studio.DraftRefusedException;
import org.tnracademy.core.studio.GradedChange;
import org.tnracademy.core.studio.GradedChangeChoice;

/**
 * Before publishing: each exercise draft that changes what is graded of an exercise learners have
 * attempted, with the learners and attempts it affects and what carrying them over would do (the
 * regrade dry run), and the instructor's choice for each. Publish is possible once every exercise
 * has a choice; the core refuses a publication without one anyway.
 */
final class GradedChangesDialog extends Dialog {

    /**
     * Publishes the course, or first asks what happens to learners' work on each exercise whose
     * graded content the drafts change, and publishes once the instructor has chosen.
     */
    static void publishOnceChosen(CoursePublishing publishing, long courseId,
                                  Consumer<Map<String, GradedChangeChoice>> publish) {
        List<GradedChange> changes;
        try {
            changes = publishing.gradedChanges(courseId);
        } catch (DraftRefusedException refused) {
            changes = List.of(); // publishing says why
        }
        if (changes.isEmpty()) {
            publish.accept(Map.of());
        } else {
            new GradedChangesDialog(changes, publish).open();
        }
    }

    private final Map<String, RadioButtonGroup<GradedChangeChoice>> choices = new LinkedHashMap<>();
    private final Button publish;

    GradedChangesDialog(List<GradedChange> changes, Consumer<Map<String, GradedChangeChoice>> onPublish) {
        setId("graded-changes");
        setHeaderTitle(getTranslation("versions.dialog.title"));
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("versions.dialog.intro")));
        body.setPadding(false);
        publish = new Button(getTranslation("versions.dialog.publish"), e -> {
            close();
            onPublish.accept(chosen());
        });
        publish.setId("graded-changes-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (GradedChange change : changes) {
            body.add(section(change));
        }
        add(body);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("graded-changes-cancel");
        getFooter().add(cancel, publish);
        updatePublish();
    }

    /** The choice made for each exercise, by slug. */
    Map<String, GradedChangeChoice> chosen() {
        Map<String, GradedChangeChoice> chosen = new LinkedHashMap<>();
        choices.forEach((slug, group) -> {
            if (group.getValue() != null) {
                chosen.put(slug, group.getValue());
            }
        });
        return chosen;
    }

    private VerticalLayout section(GradedChange change) {
        H4 title = new H4(change.title().in(getLocale()));
        String parts = change.parts().stream().sorted().map(p -> getTranslation("versions.part." + p.name()))
                .collect(Collectors.joining(", "));
        Paragraph affects = new Paragraph(getTranslation("versions.change.affects", change.learners(),
                change.attempts()) + " " + getTranslation("versions.change.parts", parts));
        affects.setId("graded-change-affects-" + change.slug());
        GradedChange.CarryOver carry = change.carryOver();
        RadioButtonGroup<GradedChangeChoice> group = new RadioButtonGroup<>();
        group.setId("graded-choice-" + change.slug());
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(GradedChangeChoice.values());
        group.setItemLabelGenerator(choice -> choice == GradedChangeChoice.CARRY_OVER
                ? getTranslation("versions.choice.CARRY_OVER", carry.regraded(), carry.changed(), carry.up(),
                        carry.down())
                : getTranslation("versions.choice.START_FRESH"));
        group.setItemEnabledProvider(choice -> choice != GradedChangeChoice.CARRY_OVER || carry.possible());
        if (!carry.possible()) {
            group.setHelperText(getTranslation("versions.carry.refused." + carry.refusal().name(),
                    carry.unfitAnswers()));
        }
        group.addValueChangeListener(e -> updatePublish());
        choices.put(change.slug(), group);
        VerticalLayout section = new VerticalLayout(title, affects, group);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private void updatePublish() {
        publish.setEnabled(choices.values().stream().allMatch(g -> g.getValue() != null));
    }
}
