package org.tnracademy.core.packs;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The rules of one dataset item (docs/content-format.md, "Datasets"), whatever file it came from:
 * a pack's JSON Lines, or a CSV or STIX bundle an instructor uploads. One place, so every way in
 * accepts exactly the same items.
 */
public final class DatasetItemRules {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    /** Column sizes of the database. */
    public static final int MAX_PLATFORM = 100;
    public static final int MAX_AUTHOR = 200;
    public static final int MAX_LANG = 10;

    private DatasetItemRules() {
    }

    /** The item's fields as the file gave them, texts not yet checked; null where absent. */
    public record Fields(String id, String platform, String author, String lang, String postedAt, String text) {
    }

    public static boolean isItemId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Checks one item; each problem is reported as {@code "<field>: <reason>"}, the field named as
     * the file calls it ({@code fieldName} maps {@code postedAt} to {@code created} for STIX, to
     * {@code column 4 (postedAt)} for CSV).
     *
     * @param seenIds the ids of the items before it, to which its id is added
     * @return the post, or null when its id or text is unusable
     */
    public static CoursePack.Post post(Fields f, Set<String> seenIds, UnaryOperator<String> fieldName,
                                       Consumer<String> problem) {
        if (!isItemId(f.id())) {
            problem.accept(fieldName.apply("id") + ": required, lower-case letters, digits and '-' (was " + f.id() + ")");
            return null;
        }
        if (!seenIds.add(f.id())) {
            problem.accept(fieldName.apply("id") + ": '" + f.id() + "' appears twice");
        }
        if (f.text() == null || f.text().isBlank()) {
            problem.accept(fieldName.apply("text") + ": required");
            return null;
        }
        Instant postedAt = null;
        if (f.postedAt() != null) {
            try {
                postedAt = Instant.parse(f.postedAt());
            } catch (DateTimeParseException e) {
                problem.accept(fieldName.apply("postedAt")
                        + ": not an ISO-8601 instant such as 2025-03-04T10:15:00Z: " + f.postedAt());
            }
        }
        tooLong(f.platform(), "platform", MAX_PLATFORM, fieldName, problem);
        tooLong(f.author(), "author", MAX_AUTHOR, fieldName, problem);
        tooLong(f.lang(), "lang", MAX_LANG, fieldName, problem);
        return new CoursePack.Post(f.id(), f.platform(), f.author(), f.lang(), postedAt, f.text());
    }

    private static void tooLong(String value, String field, int max, UnaryOperator<String> fieldName,
                                Consumer<String> problem) {
        if (value != null && value.length() > max) {
            problem.accept(fieldName.apply(field) + ": at most " + max + " characters (" + value.length() + " given)");
        }
    }
}
