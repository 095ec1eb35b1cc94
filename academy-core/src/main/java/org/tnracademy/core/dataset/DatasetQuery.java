package org.tnracademy.core.dataset;

import java.util.List;
import java.util.Locale;

/**
 * What part of a dataset a grid asks for: a free-text filter, a language filter, and a sort.
 *
 * @param text     matched case-insensitively in the text, author and platform; blank for all
 * @param language a language code such as "en", blank for all
 * @param sort     sort orders by {@link SortField}; empty means dataset order
 */
public record DatasetQuery(String text, String language, List<Sort> sort) {

    public DatasetQuery {
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
