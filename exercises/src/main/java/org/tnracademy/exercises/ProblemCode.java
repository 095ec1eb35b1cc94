package org.tnracademy.exercises;

/**
 * The kind of a problem found in a pack, a spec, a key or an answer, named by a key of the
 * interface's bundles ({@code problem.<origin>.<kind>}). The interface words it in the reader's
 * language with the problem's arguments; each origin has its own small enum of codes.
 */
public interface ProblemCode {

    /** The bundle key of the problem's words, such as {@code problem.read.required}. */
    String key();

    /** The key of an enum constant: its origin's prefix, then its name in lower case with '-'. */
    static String keyOf(String prefix, Enum<?> constant) {
        return prefix + constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
