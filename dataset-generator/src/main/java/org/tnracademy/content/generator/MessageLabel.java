package org.tnracademy.content.generator;

import org.tnracademy.exercises.LocalizedText;

/** The labels of the message-triage exercise, with the ids used in packs and keys. */
public enum MessageLabel {
    PHISHING("phishing", Texts.of("Phishing", "Hameçonnage", "Phishing", "Phishing", "フィッシング")),
    CONSULAR_IMPERSONATION("consular-impersonation", Texts.of("Consular impersonation",
            "Usurpation consulaire", "Konsularische Identitätstäuschung", "Usurpazione consolare", "領事館のなりすまし")),
    LEGITIMATE("legitimate", Texts.of("Legitimate", "Légitime", "Legitim", "Legittimo", "正規"));

    private final String id;
    private final LocalizedText title;

    MessageLabel(String id, LocalizedText title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public LocalizedText title() {
        return title;
    }
}
