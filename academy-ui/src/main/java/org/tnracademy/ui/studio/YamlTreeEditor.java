package org.tnracademy.ui.studio;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import org.tnracademy.core.studio.DraftYaml;

/** The advanced editor of a spec or key: the tree as YAML in a text area, as in a pack file. */
final class YamlTreeEditor implements TreeEditor {

    private final TextArea area = new TextArea();

    YamlTreeEditor(String label, String id) {
        area.setLabel(label);
        area.setId(id);
        area.setWidthFull();
        area.setMinHeight("12em");
        area.setMaxHeight("32em");
        area.setMaxLength(DraftYaml.MAX_CODE_POINTS);
        area.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
    }

    @Override
    public Component component() {
        return area;
    }

    @Override
    public void show(Map<String, Object> tree) {
        area.setValue(DraftYaml.write(tree));
    }

    @Override
    public Map<String, Object> tree() {
        return DraftYaml.read(area.getValue());
    }

    @Override
    public int lineOf(String field) {
        return DraftYaml.lineOf(area.getValue(), field);
    }
}
