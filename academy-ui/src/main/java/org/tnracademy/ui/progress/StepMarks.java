package org.tnracademy.ui.progress;

import com.vaadin.flow.component.Component;
import org.springframework.web.util.HtmlUtils;
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
     * The status in words in a badge, as markup for a list rendered whole ({@code CourseStepList}):
     * Lumo's badge theme, and a class whose icon the style sheet draws ({@code .step-mark-*::before}:
     * decoration, with nothing for a screen reader to read).
     */
    public static String badgeHtml(Component page, LearnerProgress.Step step) {
        LearnerProgress.StepStatus status = step.status();
        String words = text(page, status);
        if (status == LearnerProgress.StepStatus.SCORED && step.score() != null) {
            words = page.getTranslation("progress.status.scored-with", Math.round(step.score() * 100));
        }
        String theme = "badge pill" + switch (status) {
            case TO_DO -> " contrast";
            case READ, SCORED -> " success";
            case AWAITING_GRADING -> "";
        };
        String mark = switch (status) {
            case TO_DO -> "step-mark-todo";
            case READ, SCORED -> "step-mark-done";
            case AWAITING_GRADING -> "step-mark-awaiting";
        };
        return "<span class=\"step-mark " + mark + "\" theme=\"" + theme + "\">" + HtmlUtils.htmlEscape(words, "UTF-8")
                + "</span>";
    }
}
