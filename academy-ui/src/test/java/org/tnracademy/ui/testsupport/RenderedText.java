package org.tnracademy.ui.testsupport;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * Every text a component tree sends to the browser: text nodes, attributes (aria labels) and
 * properties (labels, helper texts, error messages). What is not here never reaches the learner.
 */
public final class RenderedText {

    private RenderedText() {
    }

    public static String of(Component component) {
        List<String> texts = new ArrayList<>();
        collect(component.getElement(), texts);
        return String.join("\n", texts);
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        element.getAttributeNames().forEach(name -> texts.add(element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> texts.add(String.valueOf(element.getPropertyRaw(name))));
        element.getChildren().forEach(child -> collect(child, texts));
    }
}
