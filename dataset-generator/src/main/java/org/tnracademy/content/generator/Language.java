package org.tnracademy.content.generator;

import org.tnracademy.exercises.curriculum.ContentLanguage;

/** The languages posts are written in: the course's content languages. */
public enum Language {
    EN(ContentLanguage.EN),
    FR(ContentLanguage.FR);

    private final ContentLanguage language;

    Language(ContentLanguage language) {
        this.language = language;
    }

    public String code() {
        return language.code();
    }
}
