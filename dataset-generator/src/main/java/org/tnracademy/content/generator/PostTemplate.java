package org.tnracademy.content.generator;

import org.tnracademy.exercises.LocalizedText;

/**
 * A post pattern with its true label and the reason for it. {@code text} and both explanations may
 * hold {@code {placeholders}} that {@link Cast} fills with the same invented values.
 *
 * @param target who the post is about: decides the gender of the invented name, which the wording
 *               (pronouns, French agreement) depends on
 * @param byTarget the post is written by the person it is about (their own contact address, their
 *                 denial of a smear), so the author is their handle
 */
record PostTemplate(Label label, Language lang, Target target, boolean byTarget, String text, LocalizedText why) {

    enum Target { WOMAN, MAN, ANYONE }

    static PostTemplate of(Label label, Language lang, Target target, String text, LocalizedText why) {
        return new PostTemplate(label, lang, target, false, text, why);
    }

    static PostTemplate byTarget(Label label, Language lang, Target target, String text, LocalizedText why) {
        return new PostTemplate(label, lang, target, true, text, why);
    }
}
