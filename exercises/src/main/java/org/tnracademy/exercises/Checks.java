package org.tnracademy.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks shared by the specs and keys of every type. Each adds a problem naming the field and
 * returns quietly, so a validator can run them all and report every problem at once. Null values
 * are problems, never crashes: a spec read from a file may hold nulls where a field was missing.
 */
public final class Checks {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Checks() {
    }

    /** An author's id (question, option, blank, criterion): lower-case, digits and '-', unique. */
    public static void id(String value, String field, Set<String> seen, List<SpecProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(SpecProblem.of(field, "must not be blank", CheckProblem.BLANK));
        } else if (!ID.matcher(value).matches()) {
            problems.add(SpecProblem.of(field, "'" + value + "' must use lower-case letters, digits and '-'",
                    CheckProblem.ID_FORMAT, value));
        } else if (!seen.add(value)) {
            problems.add(SpecProblem.of(field, "'" + value + "' appears twice", CheckProblem.DUPLICATE, value));
        }
    }

    /** A dataset's item id, such as post-007 or acct-0042: any text without surrounding spaces, unique. */
    public static void itemId(String value, String field, Set<String> seen, List<SpecProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(SpecProblem.of(field, "must not be blank", CheckProblem.BLANK));
        } else if (!value.strip().equals(value)) {
            problems.add(SpecProblem.of(field, "'" + value + "' must not start or end with spaces",
                    CheckProblem.SPACES, value));
        } else if (!seen.add(value)) {
            problems.add(SpecProblem.of(field, "'" + value + "' appears twice", CheckProblem.DUPLICATE, value));
        }
    }

    /** A required text for people: present, with a non-blank English version and no blank translation. */
    public static void text(LocalizedText text, String field, List<SpecProblem> problems) {
        if (text == null) {
            problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
            return;
        }
        String en = text.byLanguage().get(LocalizedText.FALLBACK);
        if (en == null || en.isBlank()) {
            problems.add(SpecProblem.of(field + "." + LocalizedText.FALLBACK, "English text is required",
                    CheckProblem.ENGLISH_REQUIRED));
        }
        text.byLanguage().forEach((language, value) -> {
            if (!LocalizedText.FALLBACK.equals(language) && (value == null || value.isBlank())) {
                problems.add(SpecProblem.of(field + "." + language, "must not be blank", CheckProblem.BLANK));
            }
        });
    }

    /** As {@link #text}, for a text that may be left out. */
    public static void optionalText(LocalizedText text, String field, List<SpecProblem> problems) {
        if (text != null) {
            text(text, field, problems);
        }
    }

    /**
     * The paths of the null items of a list built in code, such as {@code spans[3]}: each is a
     * problem. Rules that skip null items leave them to this, since a {@link TreeReader} has
     * already named what made an item unreadable.
     */
    public static List<String> nullItems(List<?> items, String field) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            if (items.get(i) == null) {
                paths.add(field + "[" + i + "]");
            }
        }
        return paths;
    }
}
