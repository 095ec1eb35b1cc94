package org.tnracademy.ui.cohort;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.tnracademy.core.catalog.CourseCard;
import org.tnracademy.core.cohort.CohortChangeRefusedException;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortProblem;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.cohort.CohortSummary;

/** Creates a cohort or changes one: name, dates and assigned courses; problems shown at their fields. */
class CohortDialog extends Dialog {

    final TextField name = new TextField();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final MultiSelectComboBox<CourseCard> courses = new MultiSelectComboBox<>();
    final Paragraph problems = new Paragraph();

    CohortDialog(CohortService cohorts, List<CourseCard> catalogue, CohortSummary existing,
                 Consumer<CohortSummary> saved) {
        setId("cohort-dialog");
        setHeaderTitle(getTranslation(existing == null ? "cohorts.new" : "cohorts.edit"));
        name.setLabel(getTranslation("cohorts.field.name"));
        name.setId("cohort-name");
        name.setRequired(true);
        startsOn.setLabel(getTranslation("cohorts.field.startsOn"));
        startsOn.setId("cohort-starts");
        endsOn.setLabel(getTranslation("cohorts.field.endsOn"));
        endsOn.setId("cohort-ends");
        courses.setLabel(getTranslation("cohorts.field.courses"));
        courses.setId("cohort-courses");
        courses.setItems(catalogue);
        courses.setItemLabelGenerator(c -> c.title().in(getLocale()));
        problems.setId("cohort-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        if (existing != null) {
            name.setValue(existing.name());
            startsOn.setValue(existing.startsOn());
            endsOn.setValue(existing.endsOn());
            courses.setValue(catalogue.stream().filter(c -> existing.courseIds().contains(c.id()))
                    .collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(name, startsOn, endsOn, courses);
        add(form, problems);
        Button save = new Button(getTranslation("common.save"), e -> {
            Set<Long> courseIds = courses.getValue().stream().map(CourseCard::id).collect(Collectors.toSet());
            CohortDetails details = new CohortDetails(name.getValue(), startsOn.getValue(), endsOn.getValue(),
                    new HashSet<>(courseIds));
            try {
                CohortSummary result = existing == null ? cohorts.create(details)
                        : cohorts.change(existing.id(), details);
                close();
                saved.accept(result);
            } catch (CohortChangeRefusedException refused) {
                show(refused.problems());
            }
        });
        save.setId("cohort-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void show(List<CohortProblem> found) {
        name.setInvalid(false);
        startsOn.setInvalid(false);
        endsOn.setInvalid(false);
        courses.setInvalid(false);
        for (CohortProblem p : found) {
            String text = CohortProblemText.of(this, p);
            switch (p.field()) {
                case "name" -> { name.setInvalid(true); name.setErrorMessage(text); }
                case "startsOn" -> { startsOn.setInvalid(true); startsOn.setErrorMessage(text); }
                case "endsOn" -> { endsOn.setInvalid(true); endsOn.setErrorMessage(text); }
                case "courses" -> { courses.setInvalid(true); courses.setErrorMessage(text); }
                default -> { }
            }
        }
        problems.setText(found.stream().map(p -> CohortProblemText.field(this, p) + ": " + CohortProblemText.of(this, p))
                .collect(Collectors.joining(" · ")));
    }
}
