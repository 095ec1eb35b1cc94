package org.tnracademy.ui.studio.form;

import static org.tnracademy.exercises.shape.FieldShape.required;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.MapShape;
import org.tnracademy.exercises.shape.ObjectShape;

/**
 * A map from ids to values, edited as a list of {@code {key, value}} entries (so it gets the list's
 * collapsed entries, adding and removing). Problems the type names by key ({@code explanations.acct-02})
 * are placed on that entry's value.
 */
final class MapEditor extends NodeEditor {

    private final MapShape shape;
    private final ListEditor list;

    MapEditor(FormContext context, String labelKey, MapShape shape, boolean required) {
        super(context, labelKey);
        this.shape = shape;
        ObjectShape entry = ObjectShape.of(required(shape.keyName(), shape.key()),
                required(shape.valueName(), shape.value()));
        list = new ListEditor(context, labelKey, ListShape.of(entry, 0), required);
        list.setParent(this);
    }

    @Override
    Component component() {
        return list.component();
    }

    ListEditor list() {
        return list;
    }

    @Override
    void setValue(Object value) {
        List<Object> entries = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put(shape.keyName(), String.valueOf(key));
                entry.put(shape.valueName(), v);
                entries.add(entry);
            });
        }
        list.setValue(entries);
    }

    @Override
    Object value() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Object entry : list.value()) {
            if (entry instanceof Map<?, ?> pair && pair.get(shape.keyName()) instanceof String key) {
                map.putIfAbsent(key, pair.get(shape.valueName()));
            }
        }
        return map.isEmpty() ? null : map;
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        list.collect(path, required, out);
        Set<String> seen = new HashSet<>();
        List<Object> entries = list.value();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof Map<?, ?> pair && pair.get(shape.keyName()) instanceof String key
                    && !seen.add(key)) {
                out.add(InputProblem.of(path + "[" + i + "]." + shape.keyName(), labelKey + "." + shape.keyName(),
                        "shape.problem.twice", key));
            }
        }
    }

    @Override
    void showProblem(List<String> steps, String message) {
        if (steps.isEmpty() || ProblemPath.index(steps.getFirst()) >= 0) {
            list.showProblem(steps, message);
            return;
        }
        String rest = ProblemPath.join(steps);
        List<Object> entries = list.value();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof Map<?, ?> pair && pair.get(shape.keyName()) instanceof String key
                    && (rest.equals(key) || rest.startsWith(key + ".") || rest.startsWith(key + "["))) {
                List<String> inner = new ArrayList<>(List.of("[" + i + "]", shape.valueName()));
                inner.addAll(ProblemPath.steps(rest.substring(key.length())));
                list.showProblem(inner, message);
                return;
            }
        }
        list.showProblem(steps, message);
    }

    @Override
    void clearProblems() {
        list.clearProblems();
    }

    @Override
    void afterChange() {
        list.afterChange();
    }
}
