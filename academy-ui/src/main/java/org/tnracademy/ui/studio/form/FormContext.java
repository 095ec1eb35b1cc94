package org.tnracademy.ui.studio.form;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;

/** What every editor of one form shares: its texts, the spec it refers to, and the change hook. */
final class FormContext {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final Component owner;
    private final Supplier<Map<String, Object>> spec;
    private final Runnable changed;
    private boolean loading;

    FormContext(Component owner, Supplier<Map<String, Object>> spec, Runnable changed) {
        this.owner = owner;
        this.spec = spec;
        this.changed = changed;
    }

    String text(String key, Object... params) {
        return owner.getTranslation(key, params);
    }

    /** The field's help text, when the bundle has one ({@code <label key>.help}); null otherwise. */
    String help(String labelKey) {
        return hasKey(labelKey + ".help") ? text(labelKey + ".help") : null;
    }

    /** An enum value's label ({@code <label key>.<value>}), or the value itself when it has none. */
    String valueLabel(String labelKey, String value) {
        return hasKey(labelKey + "." + value) ? text(labelKey + "." + value) : value;
    }

    String message(InputProblem problem) {
        return text(problem.messageKey(), problem.args().toArray());
    }

    Map<String, Object> spec() {
        Map<String, Object> tree = spec.get();
        return tree == null ? Map.of() : tree;
    }

    /** Called by editors when a value changed; quiet while a tree is being loaded. */
    void changed() {
        if (!loading) {
            changed.run();
        }
    }

    void load(Runnable loader) {
        boolean was = loading;
        loading = true;
        try {
            loader.run();
        } finally {
            loading = was;
        }
    }

    private static boolean hasKey(String key) {
        // the English bundle is the base: a key missing there is missing in every language
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, FormContext.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
