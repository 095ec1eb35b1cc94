package org.tnracademy.ui.studio;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.studio.ExerciseDraftRefusedException;

/** What a refused exercise draft operation says, in the reader's language. */
final class ExerciseDraftTexts {

    private ExerciseDraftTexts() {
    }

    static String refused(Component page, ExerciseDraftRefusedException refused) {
        String key = "exercise-draft.refused." + refused.why().name();
        return switch (refused.why()) {
            case INVALID_ANSWER, INVALID_DRAFT -> page.getTranslation(key, String.join("; ", refused.problems()));
            case INVALID_DRAFTS -> page.getTranslation(key, refused.problemsBySlug().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue().stream().map(Object::toString)
                            .collect(Collectors.joining("; ")) + ")")
                    .collect(Collectors.joining(", ")));
            case GRADED_CHANGE_NEEDS_CHOICE, CARRY_OVER_REFUSED -> page.getTranslation(key, refused.gradedChanges()
                    .stream().map(c -> c.title().in(page.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.ENGLISH))).collect(Collectors.joining(", ")));
            default -> page.getTranslation(key);
        };
    }
}
