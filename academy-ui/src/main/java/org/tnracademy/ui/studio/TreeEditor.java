package org.tnracademy.ui.studio;

import java.util.Map;

import com.vaadin.flow.component.Component;

/**
 * Edits an exercise's spec or key tree (docs/exercise-types). The exercise editor knows only this,
 * so a structured form per type can take the place of the YAML text area.
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

    /** Points at the line of a field such as {@code labels[1].id}, 0 when unknown. */
    int lineOf(String field);
}
