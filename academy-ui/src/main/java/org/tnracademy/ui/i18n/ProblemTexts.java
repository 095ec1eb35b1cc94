package org.tnracademy.ui.i18n;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import org.tnracademy.exercises.ProblemMessage;

/**
 * A problem from the pack reader, a validator or a grader in the reader's language: its code names
 * the bundle key ({@code problem.<origin>.<kind>}), its arguments fill the words. The English
 * reason the problem also carries is for logs and the command line, never shown here.
 */
public final class ProblemTexts {

    private ProblemTexts() {
    }

    public static String of(Component view, ProblemMessage message) {
        return view.getTranslation(message.code().key(), message.args().toArray());
    }

    /** The same words outside a view, such as in a test or a page rendered without Vaadin. */
    public static String of(I18NProvider provider, Locale locale, ProblemMessage message) {
        return provider.getTranslation(message.code().key(), locale, message.args().toArray());
    }

    /** A problem kept as its key and arguments (a stored draft's); its English reason when it has no key. */
    public static String of(Component view, String key, List<Object> args, String english) {
        return key == null ? english : view.getTranslation(key, args == null ? new Object[0] : args.toArray());
    }

    /**
     * The first problems of a refused answer, one a line, each said once (an answer may repeat one
     * problem for many items): what a learner can fix, without the paths inside the answer.
     */
    public static String lines(Component view, List<ProblemMessage> messages, int max) {
        return messages.stream().map(m -> of(view, m)).distinct().limit(max).collect(Collectors.joining("\n"));
    }

    /** The problem after the field it names, for instructors who edit that field ({@code spec.labels[1].id: …}). */
    public static String atField(Component view, String field, ProblemMessage message) {
        String words = of(view, message);
        return field == null ? words : view.getTranslation("problem.at-field", field, words);
    }
}
