package org.tnracademy.core.studio;

import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * A module of a course draft: its id in the pack (which never changes), its title per language, and
 * the order of its lessons and exercises.
 *
 * @param items   the ids of the module's lessons and exercises in the order learners should meet them
 *                (an item may come from another module); null keeps the module's items in the order
 *                they stand. Items the list does not name (an exercise added since, say) follow it.
 * @param retired the ids of this module's lessons and exercises to take out of the course on
 *                publication; learners' attempts on them are kept
 */
public record ModuleTitle(String id, LocalizedText title, List<String> items, List<String> retired) {

    public ModuleTitle {
        items = items == null ? null : List.copyOf(items);
        retired = retired == null ? List.of() : List.copyOf(retired);
    }

    /** A module whose items keep their order. */
    public ModuleTitle(String id, LocalizedText title) {
        this(id, title, null, List.of());
    }
}
