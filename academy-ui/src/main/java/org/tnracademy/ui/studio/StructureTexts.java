package org.tnracademy.ui.studio;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.studio.CourseDrafts;
import org.tnracademy.core.studio.DraftRefusedException;
import org.tnracademy.core.studio.LessonDrafts;
import org.tnracademy.core.studio.NewLessons;

/**
 * What the course-structure forms say when the studio refuses an input: the reason in the reader's
 * language, with the field it concerns as the service named it (such as {@code title.en} or
 * {@code modules[2].id}).
 */
final class StructureTexts {

    private StructureTexts() {
    }

    /** The field a refusal names: its message starts with the field's path and a colon. */
    static String field(DraftRefusedException refused) {
        String message = refused.getMessage() == null ? "" : refused.getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? "" : message.substring(0, colon);
    }

    static String refused(Component on, DraftRefusedException refused) {
        DraftRefusedException.Reason reason = refused.reason();
        int limit = switch (reason) {
            case TITLE_TOO_LONG -> LessonDrafts.MAX_TITLE_LENGTH;
            case SUMMARY_TOO_LONG -> CourseDrafts.MAX_SUMMARY_LENGTH;
            case TEXT_TOO_LONG -> NewLessons.MAX_MARKDOWN_LENGTH;
            case CONTENT_NOTE_TOO_LONG -> NewLessons.MAX_CONTENT_NOTE_LENGTH;
            default -> 0;
        };
        return on.getTranslation("structure.refused." + reason.name(), field(refused), limit);
    }
}
