package org.tnracademy.ui.exercise.written;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.written.CriterionScore;
import org.tnracademy.exercises.written.WrittenResult;
import org.tnracademy.exercises.written.WrittenSpec;
import org.tnracademy.ui.exercise.parts.ScoreSummary;

/**
 * An instructor's grade of a written analysis: the score, the points per criterion with the
 * descriptor of the level reached, and the instructor's comment. Before an instructor has graded
 * the analysis (a null result), it says so and shows the rubric it will be graded on. A written
 * result holds nothing of a key, so no attempt rule hides any part of it.
 */
public class WrittenFeedback extends Composite<VerticalLayout> {

    /**
     * @param spec      the rubric, shown while grading is pending
     * @param result    the instructor's grade, or null while it is pending
     * @param revealKey accepted like every feedback's; the grade withholds nothing
     */
    public WrittenFeedback(WrittenSpec spec, WrittenResult result, boolean revealKey) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("written-feedback");
        if (result == null) {
            Div pending = new Div(getTranslation("written.pending"));
            pending.setId("written-pending");
            pending.addClassName("academy-note");
            root.add(pending, new RubricView(spec));
            return;
        }
        root.add(new ScoreSummary(result,
                getTranslation("written.points", result.points(), result.maxPoints())));
        for (CriterionScore criterion : result.criteria()) {
            Section section = new Section();
            section.setId("grade-" + criterion.criterionId());
            section.add(new H4(getTranslation("written.criterion-points", criterion.title().in(getLocale()),
                    criterion.points(), criterion.maxPoints())));
            Div level = new Div(criterion.level() == null ? getTranslation("written.no-level")
                    : getTranslation("written.level-reached", criterion.level().in(getLocale())));
            level.addClassName("academy-explanation");
            section.add(level);
            root.add(section);
        }
        root.add(new H4(getTranslation("written.comment")));
        Paragraph comment = new Paragraph(result.comment().isBlank() ? getTranslation("written.no-comment")
                : result.comment());
        comment.setId("instructor-comment");
        // the instructor's paragraphs and line breaks are kept
        comment.getStyle().set("white-space", "pre-wrap");
        root.add(comment);
    }
}
