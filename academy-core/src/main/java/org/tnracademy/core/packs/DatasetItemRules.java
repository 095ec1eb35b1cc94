package org.tnracademy.core.packs;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ProblemMessage;
import org.tnracademy.exercises.ReadProblem;

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
        return post(f, seenIds, fieldName, (field, english, message) -> problem.accept(field + ": " + english));
    }

    /** Where an item's problems go: the field as the file names it, the English reason, and its words. */
    @FunctionalInterface
    public interface Problems {
        void add(String field, String english, ProblemMessage message);
    }

    /** As {@link #post(Fields, Set, UnaryOperator, Consumer)}, each problem with its field and its words. */
    public static CoursePack.Post post(Fields f, Set<String> seenIds, UnaryOperator<String> fieldName,
                                       Problems problem) {
        if (!isItemId(f.id())) {
            problem.add(fieldName.apply("id"), "required, lower-case letters, digits and '-' (was " + f.id() + ")",
                    ProblemMessage.of(PackProblemCode.NOT_AN_ID, f.id()));
            return null;
        }
        if (!seenIds.add(f.id())) {
            problem.add(fieldName.apply("id"), "'" + f.id() + "' appears twice",
                    ProblemMessage.of(CheckProblem.DUPLICATE, f.id()));
        }
        if (f.text() == null || f.text().isBlank()) {
            problem.add(fieldName.apply("text"), "required", ProblemMessage.of(PackProblemCode.REQUIRED));
            return null;
        }
        Instant postedAt = null;
        if (f.postedAt() != null) {
            try {
                postedAt = Instant.parse(f.postedAt());
            } catch (DateTimeParseException e) {
                problem.add(fieldName.apply("postedAt"),
                        "not an ISO-8601 instant such as 2025-03-04T10:15:00Z: " + f.postedAt(),
                        ProblemMessage.of(ReadProblem.NOT_A_DATE_TIME, f.postedAt()));
            }
        }
        tooLong(f.platform(), "platform", MAX_PLATFORM, fieldName, problem);
        tooLong(f.author(), "author", MAX_AUTHOR, fieldName, problem);
        tooLong(f.lang(), "lang", MAX_LANG, fieldName, problem);
        return new CoursePack.Post(f.id(), f.platform(), f.author(), f.lang(), postedAt, f.text());
    }

    private static void tooLong(String value, String field, int max, UnaryOperator<String> fieldName,
                                Problems problem) {
        if (value != null && value.length() > max) {
            problem.add(fieldName.apply(field), "at most " + max + " characters (" + value.length() + " given)",
                    ProblemMessage.of(CheckProblem.TOO_LONG, value.length(), max));
        }
    }
}
