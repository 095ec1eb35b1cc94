package org.tnracademy.content.generator;

/** The languages posts are written in. */
public enum Language {
    EN("en"),
    FR("fr");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
