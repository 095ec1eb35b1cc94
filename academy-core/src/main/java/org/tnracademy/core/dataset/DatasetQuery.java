package org.tnracademy.core.dataset;

import java.util.List;
import java.util.Locale;

/**
 * What part of a dataset a grid asks for: a free-text filter, a language filter, and a sort.
 *
 * @param text     matched case-insensitively in the text, author and platform; blank for all
 * @param language a language code such as "en", blank for all
 * @param sort     sort orders by {@link SortField}; empty means dataset order (a variant's order, below)
 * @param items    only these items, in this order when no sort is asked (a learner's variant); empty for all
 */
public record DatasetQuery(String text, String language, List<Sort> sort, List<String> items) {

    public DatasetQuery(String text, String language, List<Sort> sort) {
        this(text, language, sort, List.of());
    }

    /** This query narrowed to these items (a variant's, in its order); itself when the list is empty. */
    public DatasetQuery within(List<String> variantItems) {
        return variantItems.isEmpty() ? this : new DatasetQuery(text, language, sort, variantItems);
    }

    public DatasetQuery {
        items = items == null ? List.of() : List.copyOf(items);
        text = text == null ? "" : text.strip();
        language = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public static DatasetQuery all() {
        return new DatasetQuery("", "", List.of());
    }

    public enum SortField {
        POSITION("position"), AUTHOR("author"), PLATFORM("platform"), LANGUAGE("lang"), POSTED_AT("postedAt");

        final String property;

        SortField(String property) {
            this.property = property;
        }
    }

    public record Sort(SortField field, boolean ascending) {
    }
}
