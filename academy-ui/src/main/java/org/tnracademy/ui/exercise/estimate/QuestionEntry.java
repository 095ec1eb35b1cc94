package org.tnracademy.ui.exercise.estimate;

import java.util.List;

import com.vaadin.flow.component.Component;

/** The fields of one estimate question and what they read as. */
interface QuestionEntry {

    Component component();

    /** True while nothing is typed in any field of the question. */
    boolean isBlank();

    /** The answer tree's value for the question (a number, or a map {latitude, longitude}); null when blank or unreadable. */
    Object treeValue();

    /** What keeps a typed answer out of the answer, translated; each problem is also shown at its field. */
    List<String> problems();

    void setReadOnly(boolean readOnly);

    /** Fills the fields from a value {@link #treeValue()} gave, in the learner's language; anything else empties them. */
    void restore(Object treeValue);
}
