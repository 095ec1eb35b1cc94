package org.tnracademy.ui.exercise;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import org.springframework.dao.DataAccessException;
import org.tnracademy.core.answerdraft.AnswerDrafts;
import org.tnracademy.core.answerdraft.DraftRefusedException;
import org.tnracademy.core.answerdraft.SavedDraft;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/**
 * Keeps a workspace's unsubmitted answer as the learner's draft on the server: put back when the
 * exercise page opens, saved at every change that reaches the server (a written text every two
 * seconds while typing), and says so beside the submit button ("Draft saved at 12:03 UTC"). In the
 * browser, typing that has not reached the server yet shows "Saving…" and makes leaving or
 * reloading the page ask first; a save the server refused keeps that warning and makes leaving
 * through the application ask too (see {@link #hasUnsavedChanges()}).
 */
final class DraftKeeper extends Composite<Span> {

    /**
     * Marks typing not yet on the server; a page with any asks before it unloads. Input events cross
     * the components' shadow roots; the server clears the mark once the change is kept.
     */
    private static final String WATCH_SCRIPT = """
            const root = $0, saving = $1, saved = $2;
            const state = window.__academyDraft = window.__academyDraft || {pending: false};
            state.saving = saving;
            state.saved = saved;
            if (!root.__academyDraftWatch) {
              root.__academyDraftWatch = () => {
                state.pending = true;
                state.saving.hidden = false;
                state.saved.hidden = true;
              };
              root.addEventListener('input', root.__academyDraftWatch, true);
            }
            if (!state.unloadWatch) {
              state.unloadWatch = e => {
                if (state.pending) {
                  e.preventDefault();
                  e.returnValue = '';
                }
              };
              window.addEventListener('beforeunload', state.unloadWatch);
            }""";
    private static final String SETTLED_SCRIPT = """
            const state = window.__academyDraft;
            if (state) {
              state.pending = $0;
              if (state.saving) { state.saving.hidden = true; }
              if (state.saved) { state.saved.hidden = false; }
            }""";

    private final AnswerDrafts drafts;
    private final long exerciseId;
    private final AnswerWorkspace workspace;
    private final Span saving = new Span();
    private final Span saved = new Span();
    private boolean unsaved;

    DraftKeeper(AnswerDrafts drafts, long exerciseId, AnswerWorkspace workspace) {
        this.drafts = drafts;
        this.exerciseId = exerciseId;
        this.workspace = workspace;
        Span root = getContent();
        root.setId("draft-status");
        root.addClassName("academy-draft-status");
        saving.setId("draft-saving");
        saving.setText(getTranslation("drafts.saving"));
        // shown by the browser while typing is on its way; the server never touches it again
        saving.getElement().setAttribute("hidden", true);
        saved.setId("draft-saved");
        root.add(saving, saved);
        workspace.addAnswerChangeListener(this::save);
    }

    /** Puts the learner's draft back into the workspace, if they have one. */
    void restore() {
        drafts.load(exerciseId).ifPresent(this::restore);
    }

    private void restore(SavedDraft draft) {
        workspace.restore(draft.answer());
        saved.setText(getTranslation("drafts.restored", time(draft.savedAt())));
    }

    private void save() {
        try {
            Instant at = drafts.save(exerciseId, workspace.answer());
            unsaved = false;
            saved.setText(getTranslation("drafts.saved", time(at)));
        } catch (DraftRefusedException refused) {
            unsaved = true;
            saved.setText(getTranslation("drafts.not-saved." + refused.reason().name()));
        } catch (DataAccessException failed) {
            // the draft stored before is kept; the next change tries again
            unsaved = true;
            saved.setText(getTranslation("drafts.not-saved.error"));
        }
        settle();
    }

    /** The attempt took the answer, and the server its draft: nothing is left to keep. */
    void submitted() {
        unsaved = false;
        saved.setText("");
        settle();
    }

    /** True when the latest change could not be kept: leaving would lose it. */
    boolean hasUnsavedChanges() {
        return unsaved;
    }

    private void settle() {
        getElement().executeJs(SETTLED_SCRIPT, unsaved);
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneOffset.UTC)
                .format(at) + " UTC";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(WATCH_SCRIPT, workspace.component().getElement(), saving.getElement(),
                saved.getElement());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // the page goes on without this exercise: nothing of it is left to warn about
        event.getUI().getPage().executeJs("if (window.__academyDraft) { window.__academyDraft.pending = false; }");
    }
}
