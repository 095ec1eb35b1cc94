package org.tnracademy.ui.exercise.attribution;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** The groups so far, one line each with its accounts, so the whole grouping reads at a glance. */
final class GroupsSummary extends Div {

    private final AccountGroups groups;
    private final Paragraph count = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    GroupsSummary(AccountGroups groups) {
        this.groups = groups;
        setId("attribution-groups");
        count.setId("attribution-group-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(new H3(getTranslation("attribution.your-groups")), count, list);
        update();
    }

    void update() {
        int placed = 0;
        list.removeAll();
        for (int g = 1; g <= groups.groupCount(); g++) {
            List<String> members = groups.members(g);
            placed += members.size();
            ListItem item = new ListItem(getTranslation("attribution.group-line", g, members.size(),
                    String.join(", ", members)));
            item.setId("attribution-group-" + g);
            list.add(item);
        }
        count.setText(getTranslation("attribution.group-count", groups.groupCount(), placed,
                groups.accounts().size()));
    }
}
