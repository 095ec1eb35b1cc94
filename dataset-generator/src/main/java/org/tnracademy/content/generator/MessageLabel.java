package org.tnracademy.content.generator;

/** The labels of the message-triage exercise, with the ids used in packs and keys. */
public enum MessageLabel {
    PHISHING("phishing", new Bilingual("Phishing", "Hameçonnage")),
    CONSULAR_IMPERSONATION("consular-impersonation", new Bilingual("Consular impersonation",
            "Usurpation consulaire")),
    LEGITIMATE("legitimate", new Bilingual("Legitimate", "Légitime"));

    private final String id;
    private final Bilingual title;

    MessageLabel(String id, Bilingual title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public Bilingual title() {
        return title;
    }
}
