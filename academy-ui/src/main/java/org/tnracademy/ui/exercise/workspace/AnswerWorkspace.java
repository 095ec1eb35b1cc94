package org.tnracademy.ui.exercise.workspace;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;

/**
 * Where a learner works on one exercise of one type. The workspace keeps the answer on the server
 * while the learner works and hands it over as the type's answer tree (see
 * {@code docs/exercise-types}), which the grading service reads and checks like any other input.
 */
public interface AnswerWorkspace {

    /**
     * Marks a field whose typing is part of the answer: until the server has its text, the page
     * shows "Saving…" and asks before it is left.
     */
    String DRAFT_TEXT_ATTRIBUTE = "data-draft-text";

    /** The component to place in the exercise page. */
    Component component();

    /** The answer so far, as the type's answer tree; parts not answered are left out. */
    Map<String, Object> answer();

    /** True while nothing has been answered: submitting would be refused. */
    boolean isEmpty();

    /**
     * What the learner typed that the answer cannot carry (an unreadable coordinate, a text over its
     * limit), each sentence naming the field; the page does not submit while there is any.
     */
    default List<String> inputProblems() {
        return List.of();
    }

    /** How many items are still unanswered, for a "submit anyway?" question; 0 when not counted. */
    default int unansweredCount() {
        return 0;
    }

    /** Locks the workspace once no attempt is left, or while a submission is being graded. */
    void setReadOnly(boolean readOnly);

    /**
     * Puts back an answer this workspace handed over earlier (a draft kept on the server), replacing
     * what is shown. Parts that do not fit the spec (an unknown item, a value of the wrong kind)
     * are left out, never refused: a draft is the learner's, not checked input. Change listeners
     * are not called for it.
     */
    void restore(Map<String, Object> answerTree);

    /**
     * What the page keeps as the learner's draft: the answer, and whatever else the learner gave
     * with it that is not the type's (a confidence); {@link #restoreDraft} takes it back.
     */
    default Map<String, Object> draftTree() {
        return answer();
    }

    /** Puts back a tree {@link #draftTree} handed over, as {@link #restore} does for an answer. */
    default void restoreDraft(Map<String, Object> draftTree) {
        restore(draftTree);
    }

    /**
     * Calls the listener after each change the learner makes to the answer, once it has reached the
     * server (a text field sends its text after a pause in typing), so the page can keep a draft.
     */
    void addAnswerChangeListener(Runnable listener);
}
