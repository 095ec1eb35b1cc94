package org.tnracademy.exercises.curriculum;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The forms of transnational repression the curriculum trains (the 2025 G7 statement's list, plus
 * information manipulation from the 2021 statement). Packs and drafts store the {@link #id()}.
 */
public enum RepressionForm {
    DOXING("doxing"),
    SEXUALIZED_SMEAR("sexualized-smear"),
    THREATS_TO_FAMILY("threats-to-family"),
    HARASSMENT("harassment"),
    SPYWARE("spyware"),
    DOCUMENT_ABUSE("document-abuse"),
    COOPERATION_ABUSE("cooperation-abuse"),
    INFORMATION_MANIPULATION("information-manipulation");

    private static final List<String> IDS = Arrays.stream(values()).map(RepressionForm::id).toList();

    private final String id;

    RepressionForm(String id) {
        this.id = id;
    }

    /** The id packs, drafts and the database store. */
    public String id() {
        return id;
    }

    /** The key of the form's name in the i18n bundles. */
    public String i18nKey() {
        return i18nKey(id);
    }

    /** The key of the name of the form stored as {@code id} (an id read back from the database). */
    public static String i18nKey(String id) {
        return "repression-form." + id;
    }

    public static Optional<RepressionForm> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** Every form's id, in the curriculum's order. */
    public static List<String> ids() {
        return IDS;
    }
}
