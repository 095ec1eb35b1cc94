package org.tnracademy.ui.studio;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.studio.DraftProblem;
import org.tnracademy.core.studio.ExerciseDraftRefusedException;
import org.tnracademy.ui.i18n.ProblemTexts;

/** What a refused exercise draft operation says, in the reader's language. */
final class ExerciseDraftTexts {

    private ExerciseDraftTexts() {
    }

    static String refused(Component page, ExerciseDraftRefusedException refused) {
        String key = "exercise-draft.refused." + refused.why().name();
        return switch (refused.why()) {
            // the answer's parts are not fields the instructor edits: its problems are said without their path
            case INVALID_ANSWER -> page.getTranslation(key, refused.wordedProblems().stream()
                    .map(p -> words(page, p)).distinct().collect(Collectors.joining("; ")));
            case INVALID_DRAFT -> page.getTranslation(key, refused.wordedProblems().stream()
                    .map(p -> atField(page, p)).collect(Collectors.joining("; ")));
            case INVALID_DRAFTS -> page.getTranslation(key, refused.problemsBySlug().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue().stream().map(p -> atField(page, p))
                            .collect(Collectors.joining("; ")) + ")")
                    .collect(Collectors.joining(", ")));
            case GRADED_CHANGE_NEEDS_CHOICE, CARRY_OVER_REFUSED -> page.getTranslation(key, refused.gradedChanges()
                    .stream().map(c -> c.title().in(page.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.ENGLISH))).collect(Collectors.joining(", ")));
            default -> page.getTranslation(key);
        };
    }

    private static String words(Component page, DraftProblem p) {
        return ProblemTexts.of(page, p.messageKey(), p.messageArgs(), p.reason());
    }

    private static String atField(Component page, DraftProblem p) {
        String where = p.field() == null ? p.file() : p.field();
        return where == null ? words(page, p) : page.getTranslation("problem.at-field", where, words(page, p));
    }
}
