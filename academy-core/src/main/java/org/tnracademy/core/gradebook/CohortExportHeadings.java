package org.tnracademy.core.gradebook;

/**
 * Column headings of a cohort gradebook export in the reader's language, given by the caller: the
 * core does not hold the interface's texts. {@code score}, {@code attempts} and {@code minutes}
 * take the exercise title as {0}.
 */
public record CohortExportHeadings(String sheet, String username, String displayName, String overall, String score,
                                   String attempts, String minutes) {

    public static final CohortExportHeadings ENGLISH = new CohortExportHeadings("Gradebook", "username",
            "display_name", "overall (%)", "{0} (%)", "{0} (attempts)", "{0} (minutes)");

    String score(String title) {
        return score.replace("{0}", title);
    }

    String attempts(String title) {
        return attempts.replace("{0}", title);
    }

    String minutes(String title) {
        return minutes.replace("{0}", title);
    }
}
