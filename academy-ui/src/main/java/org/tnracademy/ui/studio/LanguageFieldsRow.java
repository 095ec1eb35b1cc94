package org.tnracademy.ui.studio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/**
 * The same field in each content language, side by side while they fit and wrapping onto new lines
 * when they do not: five languages never fit one row of a laptop, let alone a phone.
 */
final class LanguageFieldsRow extends FlexLayout {

    private final String basis;

    /** @param basis the width a field wants before the row wraps, e.g. "18em" */
    LanguageFieldsRow(String basis) {
        this.basis = basis;
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "0 var(--lumo-space-m)");
        setWidthFull();
    }

    /** Adds fields that share the row's width, each at least {@code basis} wide or the row's whole width. */
    <C extends Component & HasStyle> void addField(C field) {
        field.getStyle().set("flex", "1 1 " + basis).set("min-width", "min(" + basis + ", 100%)");
        add(field);
    }
}
