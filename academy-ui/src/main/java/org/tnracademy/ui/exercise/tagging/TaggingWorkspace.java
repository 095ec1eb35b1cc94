package org.tnracademy.ui.exercise.tagging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.tnracademy.exercises.tagging.TaggingSpec;
import org.tnracademy.exercises.tagging.Technique;
import org.tnracademy.ui.exercise.workspace.AnswerChanges;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.workspace.DraftTrees;

/**
 * Tagging an incident with techniques of the spec's catalogue: a searchable picker that filters on
 * technique id, name and tactic id (typing "TA06" lists that tactic), the tags chosen grouped by
 * tactic with a remove button each, and the whole catalogue browsable by tactic as checkboxes,
 * built only when opened. The tags are kept in one set; every control shows that set.
 */
public class TaggingWorkspace extends Composite<VerticalLayout> implements AnswerWorkspace {

    private final TaggingSpec spec;
    /** The technique ids tagged. */
    private final Set<String> tagged = new LinkedHashSet<>();
    private final MultiSelectComboBox<Technique> picker = new MultiSelectComboBox<>();
    private final Div taggedByTactic = new Div();
    private final Details browser = new Details();
    private final Map<String, CheckboxGroup<Technique>> browserGroups = new LinkedHashMap<>();
    private final AnswerChanges changes = new AnswerChanges();
    /** Set while the controls are brought in line with {@link #tagged}, so their change events are not new tags. */
    private boolean syncing;
    private boolean readOnly;

    public TaggingWorkspace(TaggingSpec spec) {
        this.spec = spec;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.addClassName("academy-tagging-workspace");

        picker.setLabel(getTranslation("tagging.picker"));
        picker.setId("technique-picker");
        picker.setPlaceholder(getTranslation("tagging.picker-placeholder"));
        picker.setHelperText(getTranslation("tagging.picker-help"));
        picker.setWidth("min(100%, 44rem)");
        picker.setItems(this::matches, spec.catalogue());
        picker.setItemLabelGenerator(t -> t.id() + " · " + t.name().in(getLocale()));
        picker.setRenderer(LitRenderer.<Technique>of(
                        "<div><b>${item.id}</b> ${item.name}<br><small style='color: var(--lumo-secondary-text-color)'>${item.tactic}</small></div>")
                .withProperty("id", Technique::id)
                .withProperty("name", t -> t.name().in(getLocale()))
                .withProperty("tactic", t -> getTranslation(TacticGroups.frameworkKey(t.tacticId()), t.tacticId())));
        picker.setSelectedItemsOnTop(true);
        picker.setClearButtonVisible(true);
        picker.addValueChangeListener(e -> {
            if (readOnly && !syncing) {
                refresh();
            } else if (!syncing) {
                replaceTags(e.getValue().stream().map(Technique::id).toList());
                closeOnChoice(e.isFromClient() && e.getValue().size() > e.getOldValue().size());
            }
        });

        taggedByTactic.setId("tagged-by-tactic");
        taggedByTactic.getElement().setAttribute("aria-live", "polite");

        browser.setSummaryText(getTranslation("tagging.browse"));
        browser.setId("catalogue-browser");
        browser.addOpenedChangeListener(e -> {
            if (e.isOpened() && browserGroups.isEmpty()) {
                buildBrowser();
            }
        });
        root.add(picker, taggedByTactic, browser);
        refresh();
    }

    /**
     * A technique picked (Enter or a click) closes the list and empties the search, as a single
     * picker would: the learner sees the tag added below and types the next search.
     */
    private void closeOnChoice(boolean picked) {
        if (picked) {
            picker.setOpened(false);
            // the server may already hold "closed" (the list opened in the browser and was not yet
            // reported), and would then send nothing: close it in the browser as well
            picker.getElement().executeJs("this.opened = false;");
        }
    }

    private boolean matches(Technique technique, String filter) {
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return f.isEmpty() || technique.id().toLowerCase(Locale.ROOT).contains(f)
                || technique.tacticId().toLowerCase(Locale.ROOT).contains(f)
                || technique.name().in(getLocale()).toLowerCase(getLocale()).contains(f)
                || technique.name().in(Locale.ENGLISH).toLowerCase(Locale.ROOT).contains(f);
    }

    private void buildBrowser() {
        VerticalLayout groups = new VerticalLayout();
        groups.setPadding(false);
        TacticGroups.byTactic(spec.catalogue(), Technique::tacticId).forEach((tactic, techniques) -> {
            CheckboxGroup<Technique> group = new CheckboxGroup<>(
                    getTranslation(TacticGroups.frameworkKey(tactic), tactic));
            group.setId("browse-" + tactic);
            group.setItems(techniques);
            group.setItemLabelGenerator(t -> t.id() + " · " + t.name().in(getLocale()));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setReadOnly(readOnly);
            group.addSelectionListener(e -> {
                if (readOnly && !syncing) {
                    refresh();
                } else if (!syncing) {
                    List<String> ids = new ArrayList<>(tagged);
                    e.getRemovedSelection().forEach(t -> ids.remove(t.id()));
                    e.getAddedSelection().forEach(t -> ids.add(t.id()));
                    replaceTags(ids);
                }
            });
            browserGroups.put(tactic, group);
            groups.add(group);
        });
        browser.add(groups);
        refresh();
    }

    private void replaceTags(List<String> ids) {
        tagged.retainAll(ids);
        tagged.addAll(ids);
        refresh();
        changes.fire();
    }

    private void untag(String id) {
        tagged.remove(id);
        refresh();
        changes.fire();
        // the list with the remove button is drawn again: focus goes back to the picker, not the page
        picker.focus();
    }

    /** Brings every control in line with the set of tags. */
    private void refresh() {
        syncing = true;
        try {
            Set<Technique> chosen = chosenTechniques();
            picker.setValue(chosen);
            browserGroups.values().forEach(g -> g.setValue(
                    chosen.stream().filter(t -> g.getId().orElse("").equals("browse-" + t.tacticId()))
                            .collect(Collectors.toCollection(LinkedHashSet::new))));
        } finally {
            syncing = false;
        }
        renderTaggedByTactic();
    }

    private Set<Technique> chosenTechniques() {
        Set<Technique> chosen = new LinkedHashSet<>();
        tagged.forEach(id -> chosen.add(spec.technique(id)));
        return chosen;
    }

    private void renderTaggedByTactic() {
        taggedByTactic.removeAll();
        taggedByTactic.add(new Span(tagged.isEmpty() ? getTranslation("tagging.none-tagged")
                : getTranslation("tagging.tagged-count", tagged.size())));
        // catalogue order within each tactic, so the summary reads the same however tags were added
        List<Technique> inCatalogueOrder = spec.catalogue().stream().filter(t -> tagged.contains(t.id())).toList();
        TacticGroups.byTactic(inCatalogueOrder, Technique::tacticId).forEach((tactic, techniques) -> {
            taggedByTactic.add(new H3(getTranslation(TacticGroups.frameworkKey(tactic), tactic)));
            UnorderedList list = new UnorderedList();
            techniques.forEach(t -> list.add(taggedItem(t)));
            taggedByTactic.add(list);
        });
    }

    private ListItem taggedItem(Technique technique) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> untag(technique.id()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        // named as the list shows it: the technique's id, which analysts cite, and its name
        String named = technique.id() + " · " + technique.name().in(getLocale());
        remove.setAriaLabel(getTranslation("tagging.remove", named));
        remove.setTooltipText(getTranslation("tagging.remove", named));
        remove.setId("untag-" + technique.id());
        remove.setEnabled(!readOnly);
        return new ListItem(new Span(named + " "), remove);
    }

    @Override
    public Component component() {
        return this;
    }

    /** {@code {techniques: [T0086, T0049]}}, in catalogue order, so the same tags give the same tree. */
    @Override
    public Map<String, Object> answer() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("techniques", spec.catalogue().stream().map(Technique::id).filter(tagged::contains).toList());
        return tree;
    }

    @Override
    public boolean isEmpty() {
        return tagged.isEmpty();
    }

    /** {@code {techniques: [...]}}: techniques of the spec's catalogue only. */
    @Override
    public void restore(Map<String, Object> answerTree) {
        Set<String> saved = new LinkedHashSet<>(DraftTrees.strings(answerTree == null ? null : answerTree.get("techniques")));
        changes.restoring(() -> {
            tagged.clear();
            spec.catalogue().stream().map(Technique::id).filter(saved::contains).forEach(tagged::add);
            refresh();
        });
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        changes.add(listener);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        picker.setReadOnly(readOnly);
        browserGroups.values().forEach(g -> g.setReadOnly(readOnly));
        renderTaggedByTactic();
    }
}
