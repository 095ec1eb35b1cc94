package org.tnracademy.ui.exercise.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.attribution.AttributionSpec;
import org.tnracademy.ui.exercise.workspace.AnswerChanges;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.workspace.DraftTrees;

/**
 * The learner groups the spec's accounts by operator: a group picker on each account's row, the
 * groups so far listed below, and (with a dataset) the interaction log beside them, where an
 * account's button shows what it posted and what mentions it. On a phone the log comes below.
 * Answer tree: {@code {groups: [[handles in spec order], ...]}}, left out while no group is made;
 * empty (not to be submitted) while no group holds two accounts.
 */
public class AttributionWorkspace implements AnswerWorkspace {

    private final AccountGroups groups;
    private final AccountGroupGrid accounts;
    private final GroupsSummary summary;
    private final HorizontalLayout root = new HorizontalLayout();
    private final AnswerChanges changes = new AnswerChanges();

    public AttributionWorkspace(AttributionSpec spec, DatasetService datasets, Long datasetIdOrNull) {
        groups = new AccountGroups(spec.accounts());
        root.setId("attribution-workspace");
        root.setWidthFull();
        root.setPadding(false);
        root.addClassName("academy-two-pane");
        InteractionLogPanel log = datasetIdOrNull == null ? null : new InteractionLogPanel(datasets, datasetIdOrNull);
        accounts = new AccountGroupGrid(groups, log == null ? null : log::show);
        summary = new GroupsSummary(groups);
        groups.onChange(() -> {
            summary.update();
            changes.fire();
        });
        VerticalLayout left = new VerticalLayout(accounts, summary);
        left.setPadding(false);
        left.setWidth("26rem");
        left.getStyle().set("flex-shrink", "0");
        root.add(left);
        if (log != null) {
            root.add(log);
            root.expand(log);
        }
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public Map<String, Object> answer() {
        Map<String, Object> tree = new LinkedHashMap<>();
        if (groups.groupCount() > 0) {
            List<Object> list = new ArrayList<>();
            groups.groups().forEach(g -> list.add(new ArrayList<>(g)));
            tree.put("groups", list);
        }
        return tree;
    }

    @Override
    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** {@code {groups: [[...], ...]}}: accounts of the spec only, each in its first group. */
    @Override
    public void restore(Map<String, Object> answerTree) {
        List<List<String>> saved = new ArrayList<>();
        if (answerTree != null && answerTree.get("groups") instanceof List<?> list) {
            list.forEach(g -> saved.add(DraftTrees.strings(g)));
        }
        changes.restoring(() -> groups.restore(saved));
        summary.update();
        accounts.refresh();
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        changes.add(listener);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        groups.setReadOnly(readOnly);
        // the pickers are drawn again, locked or not
        accounts.refresh();
    }
}
