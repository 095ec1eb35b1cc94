package org.tnracademy.ui.testsupport;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.dom.Element;
import org.tnracademy.ui.exercise.parts.ItemFeedbackList;

/**
 * Everything a component tree sends to the browser as text: text nodes, attributes (aria labels),
 * properties (labels, helper texts, error messages), the cells of every grid row and the rows of
 * every per-item feedback list, read the way they are handed to the browser. What is not here never reaches the learner.
 */
public final class RenderedText {

    private RenderedText() {
    }

    public static String of(Component component) {
        List<String> parts = new ArrayList<>();
        collect(component.getElement(), parts);
        collectGrids(component, parts);
        return String.join("\n", parts);
    }

    private static void collect(Element element, List<String> parts) {
        if (element.isTextNode()) {
            parts.add(element.getText());
            return;
        }
        element.getAttributeNames().forEach(a -> parts.add(element.getAttribute(a)));
        element.getPropertyNames().forEach(p -> parts.add(String.valueOf(element.getPropertyRaw(p))));
        element.getChildren().forEach(c -> collect(c, parts));
    }

    /** A per-item feedback list: every property its rows send, for every item. */
    @SuppressWarnings("unchecked")
    private static <T> void collectList(VirtualList<T> list, List<String> parts) {
        DataProvider<T, Object> items = (DataProvider<T, Object>) list.getDataProvider();
        ItemFeedbackList.rendererOf(list).ifPresent(renderer -> items.fetch(new Query<>()).forEach(item -> renderer.getValueProviders().values()
                        .forEach(value -> parts.add(String.valueOf(value.apply(item))))));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void collectGrids(Component component, List<String> parts) {
        if (component instanceof Grid<?> grid) {
            GridTester tester = new GridTester(grid);
            // the columns shown (a narrow grid hides its full columns); the tester counts only these
            List<? extends Grid.Column<?>> columns = grid.getColumns().stream().filter(Grid.Column::isVisible).toList();
            for (int row = 0; row < tester.size(); row++) {
                for (int c = 0; c < columns.size(); c++) {
                    if (columns.get(c).getRenderer() instanceof ComponentRenderer) {
                        parts.add(of(tester.getCellComponent(row, c)));
                    } else if (columns.get(c).getRenderer() instanceof LitRenderer lit
                            && lit.getValueProviders().get("text") != null) {
                        // a dataset text drawn by a template (PostText): its text, as the browser gets it
                        parts.add(String.valueOf(((ValueProvider) lit.getValueProviders().get("text"))
                                .apply(tester.getRow(row))));
                    } else {
                        parts.add(tester.getCellText(row, c));
                    }
                }
            }
            return;
        }
        if (component instanceof VirtualList<?> list) {
            collectList(list, parts);
            return;
        }
        component.getChildren().forEach(c -> collectGrids(c, parts));
    }
}
