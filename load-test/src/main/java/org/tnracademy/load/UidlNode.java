package org.tnracademy.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One node of Vaadin's state tree as the browser would hold it: its element's tag, properties,
 * attributes, children and the DOM events the server listens to (with the event data it wants).
 */
public final class UidlNode {

    final int id;
    UidlNode parent;
    final Map<String, JsonNode> data = new LinkedHashMap<>();
    final Map<String, JsonNode> properties = new LinkedHashMap<>();
    final Map<String, JsonNode> attributes = new LinkedHashMap<>();
    final Map<String, JsonNode> listeners = new LinkedHashMap<>();
    final List<UidlNode> children = new ArrayList<>();
    final List<UidlNode> virtualChildren = new ArrayList<>();
    String text;

    UidlNode(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    public String tag() {
        JsonNode tag = data.get("tag");
        return tag == null ? null : tag.asString();
    }

    public String attribute(String name) {
        JsonNode value = attributes.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    public JsonNode property(String name) {
        return properties.get(name);
    }

    public boolean listensTo(String event) {
        return listeners.containsKey(event);
    }

    /** The event data expressions the server asked for with this event ({@code event.detail}, ...). */
    JsonNode listener(String event) {
        return listeners.get(event);
    }

    /** Hidden by the server ({@code setVisible(false)}): the element is absent from the page. */
    public boolean visible() {
        JsonNode visible = data.get("visible");
        return visible == null || visible.asBoolean(true);
    }

    public List<UidlNode> children() {
        return children;
    }

    /** The text a reader sees: text nodes below, and the innerHTML of HTML components, without tags. */
    public String text() {
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    private void appendText(StringBuilder out) {
        if (text != null) {
            out.append(text).append(' ');
        }
        JsonNode html = properties.get("innerHTML");
        if (html != null && !html.isNull()) {
            out.append(html.asString().replaceAll("<[^>]*>", " ")).append(' ');
        }
        for (UidlNode child : children) {
            if (child.visible()) {
                child.appendText(out);
            }
        }
    }

    @Override
    public String toString() {
        return "node " + id + " <" + tag() + (attribute("id") == null ? "" : " id=" + attribute("id")) + ">";
    }
}
