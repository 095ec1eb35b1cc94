package org.tnracademy.ui.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
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

    /**
     * The status in words in a badge, its icon drawn by the style sheet ({@code .step-mark-*::before}:
     * decoration, with nothing for a screen reader to read). One element per mark: a course outline
     * shows one for each of its steps, and an icon and a second span cost every step two more
     * components on the server for each learner on the page.
     */
    public static Span badge(Component page, LearnerProgress.Step step) {
        LearnerProgress.StepStatus status = step.status();
        String words = text(page, status);
        if (status == LearnerProgress.StepStatus.SCORED && step.score() != null) {
            words = page.getTranslation("progress.status.scored-with", Math.round(step.score() * 100));
        }
        Span badge = new Span(words);
        badge.getElement().getThemeList().add("badge pill" + switch (status) {
            case TO_DO -> " contrast";
            case READ, SCORED -> " success";
            case AWAITING_GRADING -> "";
        });
        badge.addClassNames("step-mark", switch (status) {
            case TO_DO -> "step-mark-todo";
            case READ, SCORED -> "step-mark-done";
            case AWAITING_GRADING -> "step-mark-awaiting";
        });
        return badge;
    }
}
