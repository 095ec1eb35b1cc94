package org.tnracademy.ui.studio.form;

import java.util.List;

/**
 * A problem the form can tell before the type is asked: a required field left empty, letters in a
 * number, a list under its minimum.
 *
 * @param path       where, in the tree's own notation ({@code questions[1].options[0].id})
 * @param labelKey   the i18n key of the field's label
 * @param messageKey the i18n key of the message, formatted with {@code args}
 */
public record InputProblem(String path, String labelKey, String messageKey, List<Object> args) {

    public InputProblem {
        args = List.copyOf(args);
    }

    public static InputProblem of(String path, String labelKey, String messageKey, Object... args) {
        return new InputProblem(path, labelKey, messageKey, List.of(args));
    }
}
