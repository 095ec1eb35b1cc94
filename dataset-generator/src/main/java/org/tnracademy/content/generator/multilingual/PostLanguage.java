package org.tnracademy.content.generator.multilingual;

/**
 * The languages of the multilingual posts: the dataset's {@code lang} codes (BCP 47). Not the
 * course's content languages: learners read instructions in those, and these posts as evidence.
 */
public enum PostLanguage {
    ZH("zh"),
    RU("ru"),
    FA("fa"),
    AR("ar"),
    TR("tr");

    private final String code;

    PostLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
