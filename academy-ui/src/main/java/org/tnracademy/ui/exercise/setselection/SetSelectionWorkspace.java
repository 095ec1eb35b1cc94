package org.tnracademy.ui.exercise.setselection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.setselection.SetSelectionSpec;
import org.tnracademy.ui.exercise.workspace.AnswerChanges;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.workspace.DraftTrees;

/**
 * The learner picks the items of one campaign. Three layouts, chosen from the data:
 * <ul>
 * <li>the spec's items are the dataset's posts: the dataset grid with a choice box per row;</li>
 * <li>they are something else, such as account handles, and the dataset is their activity log
 * (its {@code author} is the account): a checklist of the items beside the log;</li>
 * <li>no dataset: the checklist alone.</li>
 * </ul>
 * Answer tree: {@code {chosen: [ids in spec order]}}, left out while nothing is chosen.
 */
public class SetSelectionWorkspace implements AnswerWorkspace {

    private final ChosenItems chosen;
    private final VerticalLayout root = new VerticalLayout();
    private final Runnable refresh;
    private final AnswerChanges changes = new AnswerChanges();

    public SetSelectionWorkspace(SetSelectionSpec spec, DatasetService datasets, Long datasetIdOrNull) {
        chosen = new ChosenItems(spec.items());
        root.setPadding(false);
        root.setId("set-selection-workspace");
        chosen.onChange(changes::fire);
        if (datasetIdOrNull == null) {
            ItemChecklist checklist = new ItemChecklist(chosen, null);
            root.add(checklist);
            refresh = checklist::refresh;
            return;
        }
        long datasetId = datasetIdOrNull;
        // read once to tell the layouts apart; only the ids, and not kept
        List<String> keys = datasets.itemKeys(datasetId);
        Set<String> keySet = new HashSet<>(keys);
        if (keySet.containsAll(spec.items())) {
            PostSelectionPanel posts = new PostSelectionPanel(chosen, datasets, datasetId,
                    keys.size() == spec.items().size());
            root.add(posts);
            refresh = posts::refresh;
        } else {
            AccountSelectionPanel accounts = new AccountSelectionPanel(chosen, datasets, datasetId);
            root.add(accounts);
            refresh = accounts::refresh;
        }
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public Map<String, Object> answer() {
        Map<String, Object> tree = new LinkedHashMap<>();
        if (chosen.size() > 0) {
            tree.put("chosen", new ArrayList<>(chosen.inSpecOrder()));
        }
        return tree;
    }

    @Override
    public boolean isEmpty() {
        return chosen.size() == 0;
    }

    /** {@code {chosen: [...]}}: items of the spec only. */
    @Override
    public void restore(Map<String, Object> answerTree) {
        Set<String> saved = new HashSet<>(DraftTrees.strings(answerTree == null ? null : answerTree.get("chosen")));
        changes.restoring(() -> chosen.items().forEach(id -> chosen.set(id, saved.contains(id))));
        refresh.run();
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        changes.add(listener);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        chosen.setReadOnly(readOnly);
        // the choice boxes are drawn again, locked or not
        refresh.run();
    }
}
