package org.tnracademy.ui.studio;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;

/**
 * Edits an exercise's spec or key tree (docs/exercise-types). The exercise editor knows only this:
 * the structured form of the type ({@link FormOrYamlTreeEditor}) or the YAML text area.
 */
interface TreeEditor {

    Component component();

    /** Shows the tree, replacing what was typed. */
    void show(Map<String, Object> tree);

    /**
     * The tree as typed.
     *
     * @throws org.tnracademy.core.studio.DraftYaml.NotATreeException when what was typed is no tree
     */
    Map<String, Object> tree();

    /** Points at the line of a field such as {@code labels[1].id}, 0 when unknown or not text. */
    int lineOf(String field);

    /** What the editor can already tell is wrong (a word in a number field), one line each. */
    default List<String> inputProblems() {
        return List.of();
    }

    /** Puts the problems the type found (by path in this tree) next to their fields, where it can. */
    default void showProblems(Map<String, String> problemsByPath) {
    }
}
