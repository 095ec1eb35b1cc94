package org.tnracademy.content.generator;

/** One text in the two languages the academy teaches in; both are required. */
public record Bilingual(String en, String fr) {

    public Bilingual {
        if (en == null || en.isBlank() || fr == null || fr.isBlank()) {
            throw new IllegalArgumentException("both an English and a French text are required: " + en + " / " + fr);
        }
    }
}
