package org.tnracademy.core.packs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tnracademy.exercises.ProblemMessage;

/**
 * Which references a pack file may hold: a Markdown link or image, an SVG or XML {@code href} or
 * {@code src}, a CSS {@code url()}. Code-running schemes are refused everywhere; anything that is
 * loaded when the file is shown must come from inside the pack, so a pack cannot make a learner's
 * browser fetch from another site or read local files.
 */
final class PackReferences {

    /** How a reference is used: a link a reader may follow, or something loaded when the file is shown. */
    enum Use {
        /** A Markdown link: web and mail links are fine (further reading), the rest stays in the pack. */
        LINK,
        /** An image, an SVG/XML href or src, a CSS url(): only inside the pack (or an embedded picture). */
        LOAD
    }

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Set<String> CODE_SCHEMES = Set.of("javascript", "vbscript", "livescript");
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "mailto");
    /** Embedded raster pictures cannot run code; embedded SVG or HTML can. */
    private static final Pattern SAFE_DATA = Pattern.compile("^data:image/(png|jpeg|gif|webp)[;,].*", Pattern.DOTALL);

    private PackReferences() {
    }

    /** Why a reference is refused: in English (logs, the command line) and as a code with arguments. */
    record Refusal(String reason, ProblemMessage message) {
        static Refusal of(String reason, PackFileProblem code, Object... args) {
            return new Refusal(reason, ProblemMessage.of(code, args));
        }
    }

    /**
     * Why the reference {@code reference} in pack file {@code fromFile} is refused, or null when it
     * may stay. {@code packFiles} is every file of the pack, to check relative targets exist.
     */
    static Refusal refusal(String fromFile, String reference, Use use, Set<String> packFiles) {
        // browsers drop whitespace and control characters inside a scheme ("java\tscript:"): so do we
        String squeezed = reference.chars().filter(c -> c > ' ')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String lower = squeezed.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.startsWith("#")) {
            return null;
        }
        Matcher scheme = SCHEME.matcher(lower);
        if (scheme.find()) {
            return schemeRefusal(scheme.group(1), lower, reference, use);
        }
        if (lower.startsWith("//")) {
            return Refusal.of("'" + reference + "' loads from another site: only files inside the pack may be referred to",
                    PackFileProblem.REF_OTHER_SITE, shorten(reference));
        }
        if (lower.startsWith("/") || lower.startsWith("\\")) {
            return Refusal.of("'" + reference + "' is an absolute path: refer to files of the pack by a path relative to "
                    + fromFile, PackFileProblem.REF_ABSOLUTE, shorten(reference), fromFile);
        }
        String target = resolve(fromFile, stripQueryAndFragment(squeezed));
        if (target == null) {
            return Refusal.of("'" + reference + "' points outside the pack", PackFileProblem.REF_OUTSIDE,
                    shorten(reference));
        }
        if (!packFiles.contains(target)) {
            return Refusal.of("'" + reference + "' points to " + target + ", which is not in the pack",
                    PackFileProblem.REF_MISSING, shorten(reference), target);
        }
        return null;
    }

    private static Refusal schemeRefusal(String scheme, String lower, String reference, Use use) {
        if (CODE_SCHEMES.contains(scheme)) {
            return Refusal.of("'" + shorten(reference) + "': " + scheme + ": references run code and are not allowed",
                    PackFileProblem.REF_RUNS_CODE, shorten(reference), scheme);
        }
        if (scheme.equals("data")) {
            if (use == Use.LOAD && SAFE_DATA.matcher(lower).matches()) {
                return null;
            }
            return Refusal.of("'" + shorten(reference) + "': data: URLs are not allowed here (only embedded PNG, JPEG, GIF or "
                    + "WebP pictures in SVG; data:text/html and embedded SVG can run code)", PackFileProblem.REF_DATA,
                    shorten(reference));
        }
        if (scheme.equals("file")) {
            return Refusal.of("'" + shorten(reference) + "': file: references would read the viewer's own disk",
                    PackFileProblem.REF_FILE, shorten(reference));
        }
        if (use == Use.LINK && WEB_SCHEMES.contains(scheme)) {
            return null;
        }
        if (use == Use.LOAD && (scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp"))) {
            return Refusal.of("'" + shorten(reference) + "' is an external reference: it would load from another site when "
                    + "shown; put the file in the pack and refer to it by a relative path", PackFileProblem.REF_EXTERNAL,
                    shorten(reference));
        }
        return Refusal.of("'" + shorten(reference) + "': the " + scheme + ": scheme is not allowed (links may use http:, "
                + "https: or mailto:, or point to a file of the pack)", PackFileProblem.REF_SCHEME, shorten(reference), scheme);
    }

    /** The pack path a relative reference leads to, or null when it climbs out of the pack. */
    static String resolve(String fromFile, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        int slash = fromFile.lastIndexOf('/');
        if (slash > 0) {
            for (String p : fromFile.substring(0, slash).split("/")) {
                parts.addLast(p);
            }
        }
        for (String p : percentDecoded(relative).split("[/\\\\]")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    private static String stripQueryAndFragment(String reference) {
        int cut = reference.length();
        for (char c : new char[] {'?', '#'}) {
            int at = reference.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return reference.substring(0, cut);
    }

    /** "%2e%2e" climbs just as ".." does once a browser decodes it. */
    private static String percentDecoded(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
