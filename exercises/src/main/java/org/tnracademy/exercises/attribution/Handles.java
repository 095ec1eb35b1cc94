package org.tnracademy.exercises.attribution;

import java.util.List;

/**
 * Some accounts named by handle, the first few of them: {@code count} says how many there are in
 * all, so a result stays small however large a group is.
 */
public record Handles(List<String> first, int count) {

    /** How many handles of a group a result keeps. */
    public static final int KEPT = 5;

    public static final Handles NONE = new Handles(List.of(), 0);

    public Handles {
        first = List.copyOf(first);
    }

    /**
     * The group these handles make with {@code self}, for item analysis: {@code self} first, then
     * the handles kept, a comma between them and "+n" for the others. Handles only, no word to
     * translate: an account alone is its own handle.
     */
    public String groupWith(String self) {
        StringBuilder out = new StringBuilder(self);
        first.forEach(h -> out.append(", ").append(h));
        if (count > first.size()) {
            out.append(" +").append(count - first.size());
        }
        return out.toString();
    }
}
