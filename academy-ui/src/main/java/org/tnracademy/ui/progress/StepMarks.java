package org.tnracademy.ui.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.tnracademy.core.progress.LearnerProgress;

/** How a step's status reads and looks wherever a learner sees it: outline, lesson, progress page. */
public final class StepMarks {

    private StepMarks() {
    }

    public static String text(Component page, LearnerProgress.StepStatus status) {
        return page.getTranslation(switch (status) {
            case TO_DO -> "progress.status.todo";
            case READ -> "progress.status.read";
            case SCORED -> "progress.status.scored";
            case AWAITING_GRADING -> "progress.status.awaiting";
        });
    }

    /** An icon and the status in words (the icon is decoration: the words are what screen readers read). */
    public static Span badge(Component page, LearnerProgress.Step step) {
        LearnerProgress.StepStatus status = step.status();
        var icon = (switch (status) {
            case TO_DO -> VaadinIcon.CIRCLE_THIN;
            case READ, SCORED -> VaadinIcon.CHECK_CIRCLE;
            case AWAITING_GRADING -> VaadinIcon.HOURGLASS;
        }).create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
        String words = text(page, status);
        if (status == LearnerProgress.StepStatus.SCORED && step.score() != null) {
            words = page.getTranslation("progress.status.scored-with", Math.round(step.score() * 100));
        }
        Span badge = new Span(icon, new Span(words));
        badge.getElement().getThemeList().add("badge pill" + switch (status) {
            case TO_DO -> " contrast";
            case READ, SCORED -> " success";
            case AWAITING_GRADING -> "";
        });
        badge.addClassName("step-mark");
        return badge;
    }
}
