package org.tnracademy.exercises;

import java.util.regex.Pattern;

/** The form of the ids an author gives labels, questions and options: lower-case, digits and '-'. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Why {@code id} is refused, for a {@link SpecProblem}. */
    public static String reason(String id) {
        return id == null || id.isBlank() ? "must not be blank"
                : "'" + id + "' must start with a lower-case letter or digit and use only those and '-'";
    }
}
