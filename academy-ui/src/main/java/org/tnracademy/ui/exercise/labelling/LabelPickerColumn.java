package org.tnracademy.ui.exercise.labelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import com.vaadin.flow.data.renderer.LitRenderer;
import org.tnracademy.core.dataset.DatasetRow;
import tools.jackson.databind.json.JsonMapper;

/**
 * The label picker of each row of the labelling grid, drawn in the browser: a {@code vaadin-select}
 * per row that exists only on the page. A server-side component per row kept one Select with its
 * item elements per rendered row in the session (about 2 MB per learner on this page); this keeps
 * only the grid's row keys. A pick comes back as {@code pick(label)} and is checked on the server
 * against the exercise's labels before it counts.
 */
final class LabelPickerColumn {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LabelPickerColumn() {
    }

    /**
     * @param options    label id to the title learners read, in the order shown; "" is the
     *                   empty choice ("unlabelled")
     * @param labelOf    the row's current label, or null
     * @param nameOf     the picker's accessible name for the row
     * @param readOnly   whether picks are refused (the answer was submitted or is shown as feedback)
     * @param picked     called with the row and the label picked ("" to clear), already checked
     */
    static LitRenderer<DatasetRow> renderer(Map<String, String> options, Function<DatasetRow, String> labelOf,
                                            Function<DatasetRow, String> nameOf, BooleanSupplier readOnly,
                                            BiConsumer<DatasetRow, String> picked) {
        List<Map<String, String>> items = new ArrayList<>();
        options.forEach((value, title) -> items.add(Map.of("label", title, "value", value)));
        // JSON is a JavaScript expression: the titles reach the page as data, never as markup
        String itemsExpression = JSON.writeValueAsString(items);
        return LitRenderer.<DatasetRow>of("""
                        <vaadin-select id="label-${item.key}" style="width: 100%%" \
                        accessible-name="${item.name}" .items="${%s}" .value="${item.label}" \
                        ?readonly="${item.readOnly}" @change="${e => pick(e.target.value)}"></vaadin-select>"""
                        .formatted(itemsExpression))
                .withProperty("key", DatasetRow::itemKey)
                .withProperty("name", nameOf::apply)
                .withProperty("label", row -> {
                    String label = labelOf.apply(row);
                    return label == null ? "" : label;
                })
                .withProperty("readOnly", row -> readOnly.getAsBoolean())
                .withFunction("pick", (row, args) -> {
                    String label = args.size() == 1 && args.get(0).isString() ? args.get(0).asString() : null;
                    if (!readOnly.getAsBoolean() && label != null && options.containsKey(label)) {
                        picked.accept(row, label);
                    }
                });
    }
}
