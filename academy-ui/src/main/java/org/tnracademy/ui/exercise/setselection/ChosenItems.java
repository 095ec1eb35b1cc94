package org.tnracademy.ui.exercise.setselection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The items a learner has chosen so far, shared by the panels of the workspace. Only items of the
 * spec can be chosen, each once, so the answer built from it is always one the reader accepts.
 */
final class ChosenItems {

    private final List<String> items;
    private final Set<String> known;
    private final Set<String> chosen = new HashSet<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean readOnly;

    ChosenItems(List<String> items) {
        this.items = List.copyOf(items);
        this.known = Set.copyOf(items);
    }

    List<String> items() {
        return items;
    }

    boolean isItem(String id) {
        return known.contains(id);
    }

    boolean isChosen(String id) {
        return chosen.contains(id);
    }

    /** Ignored when read-only or when the id is not an item of the spec. */
    void set(String id, boolean choose) {
        if (readOnly || !known.contains(id)) {
            return;
        }
        boolean changed = choose ? chosen.add(id) : chosen.remove(id);
        if (changed) {
            listeners.forEach(Runnable::run);
        }
    }

    void toggle(String id) {
        set(id, !isChosen(id));
    }

    int size() {
        return chosen.size();
    }

    /** The chosen ids in spec (dataset) order, so two equal choices give equal answers. */
    List<String> inSpecOrder() {
        return items.stream().filter(chosen::contains).toList();
    }

    boolean isReadOnly() {
        return readOnly;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
