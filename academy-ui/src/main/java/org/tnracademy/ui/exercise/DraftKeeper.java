package org.tnracademy.ui.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.springframework.dao.DataAccessException;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.UserTimeZone;
import org.tnracademy.core.answerdraft.AnswerDrafts;
import org.tnracademy.core.answerdraft.DraftRefusedException;
import org.tnracademy.core.answerdraft.SavedDraft;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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
     * Marks typing into an answer field (see {@link AnswerWorkspace#DRAFT_TEXT_ATTRIBUTE}) that is not
     * on the server yet; a page with any asks before it unloads. Input events cross the components'
     * shadow roots.
     */
    private static final String WATCH_SCRIPT = """
            const root = $0, saving = $1, saved = $2, keeper = $3;
            const state = window.__academyDraft = window.__academyDraft || {pending: false};
            state.saving = saving;
            state.saved = saved;
            // hands the answer fields' typing to the server at once, for a reload that cannot wait
            state.flush = () => state.pending && root.isConnected
                ? keeper.$server.typed(JSON.stringify(Array.from(root.querySelectorAll('[data-draft-text]'))
                    .map(f => f.value ?? '')))
                : Promise.resolve();
            if (!root.__academyDraftWatch) {
              root.__academyDraftWatch = e => {
                if (e.composedPath().some(n => n.hasAttribute && n.hasAttribute('data-draft-text'))) {
                  state.pending = true;
                  state.saving.hidden = false;
                  state.saved.hidden = true;
                }
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
    /**
     * After a save: still pending when it failed, or when an answer field holds typing the server
     * did not have yet (typed while the save travelled; it follows with the field's next sync).
     */
    private static final String SETTLED_SCRIPT = """
            const state = window.__academyDraft, root = $0, kept = JSON.parse($2);
            if (state) {
              const fields = root ? Array.from(root.querySelectorAll('[data-draft-text]')) : [];
              const unsent = fields.some((f, i) => i < kept.length && (f.value ?? '') !== kept[i]);
              state.pending = $1 || unsent;
              if (state.saving) { state.saving.hidden = !state.pending || $1; }
              if (state.saved) { state.saved.hidden = state.pending && !$1; }
            }""";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Far above any answer's texts (a written analysis of 50,000 characters, escaped), to refuse before reading. */
    private static final int MAX_TYPED_JSON = 2_000_000;

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
        workspace.restoreDraft(draft.answer());
        saved.setText(getTranslation("drafts.restored", time(draft.savedAt())));
    }

    private void save() {
        try {
            Instant at = drafts.save(exerciseId, workspace.draftTree());
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

    /**
     * The answer fields' texts as the browser has them, in page order, sent before the page reloads
     * (a language switch) rather than after the field's next pause; as if typed, so bounded the same.
     */
    @ClientCallable
    void typed(String textsJson) {
        if (textsJson == null || textsJson.length() > MAX_TYPED_JSON) {
            return;
        }
        List<String> texts = JSON.readValue(textsJson, new TypeReference<List<String>>() {
        });
        List<Element> fields = answerFields(workspace.component().getElement(), new ArrayList<>());
        for (int i = 0; i < Math.min(texts.size(), fields.size()); i++) {
            String text = texts.get(i);
            fields.get(i).getComponent().ifPresent(c -> {
                if (c instanceof HasValue<?, ?> field && field.getValue() instanceof String current
                        && text != null && !text.equals(current) && !field.isReadOnly()) {
                    @SuppressWarnings("unchecked")
                    HasValue<?, String> textField = (HasValue<?, String>) field;
                    textField.setValue(text);
                }
            });
        }
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
        getElement().executeJs(SETTLED_SCRIPT, workspace.component().getElement(), unsaved,
                JSON.writeValueAsString(keptTexts(workspace.component().getElement(), new ArrayList<>())));
    }

    /** The server's text of each answer field, in page order, as the settling script finds them. */
    private static List<String> keptTexts(Element root, List<String> texts) {
        answerFields(root, new ArrayList<>()).forEach(f -> texts.add(f.getProperty("value", "")));
        return texts;
    }

    /** The answer fields under an element, in page order. */
    private static List<Element> answerFields(Element element, List<Element> fields) {
        if (element.hasAttribute(AnswerWorkspace.DRAFT_TEXT_ATTRIBUTE)) {
            fields.add(element);
        }
        element.getChildren().forEach(child -> answerFields(child, fields));
        return fields;
    }

    private String time(Instant at) {
        return Formats.timeInZone(at, getLocale(), UserTimeZone.current());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(WATCH_SCRIPT, workspace.component().getElement(), saving.getElement(),
                saved.getElement(), getElement());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // the page goes on without this exercise: nothing of it is left to warn about
        event.getUI().getPage().executeJs("if (window.__academyDraft) { window.__academyDraft.pending = false; }");
    }
}
