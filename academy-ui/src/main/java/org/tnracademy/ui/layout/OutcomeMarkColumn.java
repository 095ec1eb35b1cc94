package org.tnracademy.ui.layout;

import java.util.function.Predicate;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The first column of a per-item feedback grid: ✓ or ✗, named for screen readers. Drawn in the
 * browser: a component per row would keep a server-side element for every rendered row of every
 * learner's feedback for as long as the page is open.
 */
public final class OutcomeMarkColumn {

    private OutcomeMarkColumn() {
    }

    public static <T> Grid.Column<T> addTo(Grid<T> grid, Predicate<T> right) {
        String correct = grid.getTranslation("feedback.item-correct");
        String wrong = grid.getTranslation("feedback.item-wrong");
        return grid.addColumn(LitRenderer.<T>of("""
                        <span class="${item.right ? 'academy-correct' : 'academy-wrong'}" \
                        aria-label="${item.name}">${item.right ? '✓' : '✗'}</span>""")
                        .withProperty("right", right::test)
                        .withProperty("name", row -> right.test(row) ? correct : wrong))
                .setWidth("3rem").setFlexGrow(0);
    }
}
