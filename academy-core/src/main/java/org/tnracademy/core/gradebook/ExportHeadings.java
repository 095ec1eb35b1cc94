package org.tnracademy.core.gradebook;

/**
 * Column headings of the gradebook export in the reader's language, given by the caller: the core
 * does not hold the interface's texts. {@code score} and {@code attempts} take the exercise title
 * as {0}.
 */
public record ExportHeadings(String username, String displayName, String score, String attempts) {

    public static final ExportHeadings ENGLISH = new ExportHeadings("username", "display_name", "{0} (%)",
            "{0} (attempts)");
}
