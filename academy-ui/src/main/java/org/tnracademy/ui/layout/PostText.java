package org.tnracademy.ui.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * Dataset text (a post, a message, an event) shown as what it is: a text in its own language inside
 * a page in the learner's. Each text carries {@code lang} (so the browser picks Chinese rather than
 * Japanese glyphs, and screen readers the right voice) and its direction: from its language when
 * known (a Persian post that opens with a Latin handle still reads right to left), else
 * {@code dir="auto"} (from its first strong letter). An Arabic or Persian post then reads right to
 * left with its punctuation where it belongs, a Latin handle inside it left to right, whatever the
 * page's direction; and it wraps anywhere rather than overflow (CJK has no spaces).
 */
public final class PostText {

    /** The CSS classes of a post's text (styles.css): wrapping, and script-aware line breaking. */
    public static final String CLASSES = "academy-evidence academy-post-text";

    /** Languages whose name the bundles hold as {@code post-language.<code>}; others are named by the JDK. */
    private static final Set<String> NAMED = Set.of("en", "fr", "de", "it", "ja", "zh", "ru", "fa", "ar", "tr");
    /** A BCP 47 tag as datasets write it ("fa", "zh-Hans"): anything else is not put into an attribute. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}");
    /** Latin letters and digits, with the signs handles, numbers and addresses join them with, across spaces. */
    private static final Pattern LEFT_TO_RIGHT_RUN = Pattern.compile(
            "[+@#]?[A-Za-z0-9\\u00C0-\\u024F](?:[A-Za-z0-9\\u00C0-\\u024F_@.+\\-/:]*[A-Za-z0-9\\u00C0-\\u024F])?"
                    + "(?:[ \\u00A0]+[+@#]?[A-Za-z0-9\\u00C0-\\u024F](?:[A-Za-z0-9\\u00C0-\\u024F_@.+\\-/:]*"
                    + "[A-Za-z0-9\\u00C0-\\u024F])?)*");
    /** Languages written right to left (their primary subtag). */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb", "dv", "yi", "syr",
            "ug", "sd", "ku");

    private PostText() {
    }

    /** A left-to-right run this short (a phone number, a handle) is kept on one line, so a narrow cell never splits it. */
    static final int WHOLE_RUN_CHARS = 24;
    /**
     * The text as parts, Latin runs of right-to-left text in their own left-to-right isolates (see
     * {@link #parts}); a short run does not wrap: split over two lines of a right-to-left cell, a
     * phone number reads as two numbers.
     */
    static final String PARTS = "${item.parts.map((t, i) => i % 2 ? html`<bdi dir=\"ltr\" style=${t.length <= "
            + WHOLE_RUN_CHARS + " ? 'white-space: nowrap' : ''}>${t}</bdi>` : t)}";

    /** A grid cell of the text, in the row's language. */
    public static <T> LitRenderer<T> renderer(Function<T, String> text, Function<T, String> lang) {
        return LitRenderer.<T>of("<span class=\"" + CLASSES + "\" lang=\"${item.lang}\" dir=\"${item.dir}\">"
                        + PARTS + "</span>")
                .withProperty("text", t -> nullToEmpty(text.apply(t)))
                .withProperty("parts", t -> parts(text.apply(t)))
                .withProperty("lang", t -> tag(lang.apply(t)))
                .withProperty("dir", t -> direction(lang.apply(t)));
    }

    /** A grid cell of a text whose language is not recorded: its direction still comes from its letters. */
    public static <T> LitRenderer<T> renderer(Function<T, String> text) {
        return LitRenderer.<T>of("<span class=\"" + CLASSES + "\" dir=\"auto\">" + PARTS + "</span>")
                .withProperty("text", t -> nullToEmpty(text.apply(t)))
                .withProperty("parts", t -> parts(text.apply(t)));
    }

    /**
     * The text in parts: in a text with right-to-left letters, each run of Latin words, digits,
     * handles and phone numbers ({@code "@hala_murf_syn"}, {@code "+00 555 0134"}) is a part of its
     * own, shown in a left-to-right isolate; otherwise the bidirectional algorithm lays the groups
     * of a phone number out right to left ("0134 555 +00") and puts a handle's {@code @} at its end.
     * Parts alternate, starting with text as it is (perhaps empty): even places plain, odd places
     * left to right (a list of strings, which the grid sends to the browser as an array). The
     * parts joined are the text, so offsets and copied text are unchanged.
     */
    public static List<String> parts(String text) {
        return parts(text, hasRightToLeftLetters(nullToEmpty(text)));
    }

    /** As {@link #parts(String)}, for a piece of a text (a marked span) that is right to left as a whole or not. */
    public static List<String> parts(String text, boolean rightToLeft) {
        String t = nullToEmpty(text);
        List<String> parts = new ArrayList<>();
        if (!rightToLeft) {
            parts.add(t);
            return parts;
        }
        Matcher m = LEFT_TO_RIGHT_RUN.matcher(t);
        int at = 0;
        while (m.find()) {
            parts.add(t.substring(at, m.start()));
            parts.add(m.group());
            at = m.end();
        }
        parts.add(t.substring(at));
        return parts;
    }

    /** The text, in a left-to-right line, kept whole as one right-to-left run when it holds right-to-left letters. */
    public static String isolatedIfRightToLeft(String text) {
        return text != null && hasRightToLeftLetters(text) ? "\u2068" + text + "\u2069" : text;
    }

    public static boolean hasRightToLeftLetters(String text) {
        return text.codePoints().anyMatch(c -> {
            byte d = Character.getDirectionality(c);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /** Marks a component that shows one text as being in {@code lang} (unknown: left to the page), direction from the text. */
    public static void mark(HasElement component, String lang) {
        String tag = tag(lang);
        if (tag.isEmpty()) {
            component.getElement().removeAttribute("lang");
        } else {
            component.getElement().setAttribute("lang", tag);
        }
        component.getElement().setAttribute("dir", direction(lang));
        component.getElement().getClassList().add("academy-post-text");
    }

    /** A language's name in the learner's language, for filters: "Persian", "persan". */
    public static String languageName(Component in, String code) {
        String tag = tag(code);
        if (NAMED.contains(tag)) {
            return in.getTranslation("post-language." + tag);
        }
        UI ui = in.getUI().orElseGet(UI::getCurrent);
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(ui == null ? Locale.ENGLISH : ui.getLocale());
        return name.isBlank() ? tag : name;
    }

    /** "rtl" or "ltr" for a text in a known language, "auto" (from its letters) when the language is not known. */
    public static String direction(String lang) {
        String tag = tag(lang);
        if (tag.isEmpty()) {
            return "auto";
        }
        String primary = tag.split("-")[0].toLowerCase(Locale.ROOT);
        return RIGHT_TO_LEFT.contains(primary) || tag.matches("(?i).*-(Arab|Hebr|Thaa|Syrc)(-.*)?") ? "rtl" : "ltr";
    }

    /** The code when it is a well-formed language tag, else "" (the browser then treats the language as unknown). */
    static String tag(String lang) {
        return lang != null && TAG.matcher(lang).matches() ? lang : "";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
