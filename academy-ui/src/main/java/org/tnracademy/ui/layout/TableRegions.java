package org.tnracademy.ui.layout;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;

/**
 * A table of rendered Markdown (a lesson's, or an exercise's gazetteer of places) that is wider than
 * a phone scrolls sideways in a region of its own instead of pushing the whole page: each region is
 * named and reached with Tab, so a keyboard can scroll it (axe: scrollable-region-focusable).
 */
public final class TableRegions {

    private TableRegions() {
    }

    /** Wraps each table of the sanitised HTML just set as the component's content. */
    public static void scrollInPlace(Component body, String html) {
        int tables = html == null ? 0 : html.split("<table", -1).length - 1;
        if (tables == 0) {
            return;
        }
        List<String> names = new ArrayList<>(tables);
        for (int i = 1; i <= tables; i++) {
            names.add(body.getTranslation("lesson.table-region", i, tables));
        }
        body.getElement().executeJs("""
                const names = $0.split('\\n');
                this.querySelectorAll('table').forEach((table, i) => {
                  if (table.parentElement.classList.contains('academy-table-scroll')) {
                    return;
                  }
                  const region = document.createElement('div');
                  region.className = 'academy-table-scroll';
                  region.setAttribute('role', 'region');
                  region.setAttribute('tabindex', '0');
                  region.setAttribute('aria-label', names[i] || names[0]);
                  table.parentNode.insertBefore(region, table);
                  region.appendChild(table);
                });""", String.join("\n", names));
    }
}
