package org.tnracademy.ui.i18n;

import com.vaadin.flow.component.Component;

/**
 * Labels of the fields an instructor writes in one content language ("Course title (German)"):
 * one message per field with the language's name as it reads inside a sentence, so a new content
 * language needs two bundle entries instead of one per field.
 */
public final class ContentLanguageLabels {

    private ContentLanguageLabels() {
    }

    /** The label of {@code fieldKey}'s field in language {@code code}: message {@code fieldKey.in-language}. */
    public static String of(Component component, String fieldKey, String code) {
        return component.getTranslation(fieldKey + ".in-language", inline(component, code));
    }

    /** The language's name as it reads inside a sentence (French "anglais", not "Anglais"). */
    public static String inline(Component component, String code) {
        return component.getTranslation(inlineKey(code));
    }

    /** The key of {@link #inline}'s text. */
    public static String inlineKey(String code) {
        return "content-language.inline." + code;
    }
}
