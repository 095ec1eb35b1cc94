package org.tnracademy.ui.exercise.written;

import java.util.Comparator;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.tnracademy.exercises.written.Criterion;
import org.tnracademy.exercises.written.RubricLevel;
import org.tnracademy.exercises.written.WrittenSpec;

/** The rubric as the learner reads it before writing: each criterion, its points and its levels, lowest first. */
public class RubricView extends Composite<Section> {

    public RubricView(WrittenSpec spec) {
        Section root = getContent();
        root.setId("rubric");
        root.addClassName("academy-rubric");
        root.add(new H3(getTranslation("written.rubric", spec.totalMaxPoints())));
        for (Criterion criterion : spec.criteria()) {
            Div block = new Div();
            block.setId("criterion-" + criterion.id());
            block.add(new H4(getTranslation("written.criterion", criterion.title().in(getLocale()),
                    criterion.maxPoints())));
            Div description = new Div(criterion.description().in(getLocale()));
            description.addClassName("academy-explanation");
            block.add(description);
            UnorderedList levels = new UnorderedList();
            criterion.levels().stream().sorted(Comparator.comparingInt(RubricLevel::points)).forEach(level ->
                    levels.add(new ListItem(getTranslation("written.level", level.points(),
                            level.descriptor().in(getLocale())))));
            block.add(levels);
            root.add(block);
        }
    }
}
