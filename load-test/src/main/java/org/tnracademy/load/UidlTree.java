package org.tnracademy.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Vaadin's state tree, kept up to date from the {@code changes} of each UIDL message the way the
 * browser's Flow client does, so the driver finds elements by id, tag or text instead of by node
 * number. Node 1 is the UI's own element ({@code <body>}).
 */
public final class UidlTree {

    // feature ids of com.vaadin.flow.internal.nodefeature.NodeFeatures
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int UI_PUSH_CONFIGURATION = 5;
    static final int TEXT_NODE = 7;
    static final int VIRTUAL_CHILDREN = 24;

    private final Map<Integer, UidlNode> nodes = new HashMap<>();
    /** The UI's push mode ({@code AUTOMATIC}, {@code MANUAL}, {@code DISABLED}); none until the server sends it. */
    private String pushMode = "DISABLED";

    public UidlNode root() {
        return node(1);
    }

    public Optional<UidlNode> get(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public int size() {
        return nodes.size();
    }

    /** Whether the browser would open the push connection: the UI's push mode is on (a page may turn it off). */
    public boolean pushEnabled() {
        return !"DISABLED".equals(pushMode);
    }

    /** Applies one message's {@code changes} array. */
    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            String type = change.path("type").asString();
            int nodeId = change.path("node").asInt();
            switch (type) {
                case "attach" -> node(nodeId);
                case "detach" -> detach(nodeId);
                case "put" -> put(node(nodeId), change);
                case "remove" -> map(node(nodeId), change.path("feat").asInt()).remove(change.path("key").asString());
                case "splice" -> splice(node(nodeId), change);
                case "clear" -> clear(node(nodeId), change.path("feat").asInt());
                default -> {
                    // "empty" (a feature with nothing in it yet) and anything the driver does not need
                }
            }
        }
    }

    private UidlNode node(int id) {
        return nodes.computeIfAbsent(id, UidlNode::new);
    }

    private void detach(int id) {
        UidlNode gone = nodes.remove(id);
        if (gone != null && gone.parent != null) {
            gone.parent.children.remove(gone);
            gone.parent.virtualChildren.remove(gone);
        }
    }

    private void put(UidlNode node, JsonNode change) {
        int feature = change.path("feat").asInt();
        String key = change.path("key").asString();
        if (feature == UI_PUSH_CONFIGURATION && "pushMode".equals(key)) {
            pushMode = change.path("value").asString();
        }
        JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.get("value");
        if (feature == TEXT_NODE) {
            node.text = value == null || value.isNull() ? "" : value.asString();
            return;
        }
        Map<String, JsonNode> map = map(node, feature);
        if (map != null) {
            map.put(key, value);
        }
    }

    private static Map<String, JsonNode> map(UidlNode node, int feature) {
        return switch (feature) {
            case ELEMENT_DATA -> node.data;
            case ELEMENT_PROPERTIES -> node.properties;
            case ELEMENT_ATTRIBUTES -> node.attributes;
            case ELEMENT_LISTENERS -> node.listeners;
            default -> new HashMap<>(); // a feature the driver ignores
        };
    }

    private void splice(UidlNode node, JsonNode change) {
        int feature = change.path("feat").asInt();
        if (feature != ELEMENT_CHILDREN && feature != VIRTUAL_CHILDREN) {
            return;
        }
        List<UidlNode> list = feature == ELEMENT_CHILDREN ? node.children : node.virtualChildren;
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        if (change.has("addNodes")) {
            List<UidlNode> added = new ArrayList<>();
            for (JsonNode id : change.get("addNodes")) {
                UidlNode child = node(id.asInt());
                child.parent = node;
                added.add(child);
            }
            list.addAll(Math.min(index, list.size()), added);
        }
    }

    private static void clear(UidlNode node, int feature) {
        switch (feature) {
            case ELEMENT_CHILDREN -> node.children.clear();
            case VIRTUAL_CHILDREN -> node.virtualChildren.clear();
            default -> {
                Map<String, JsonNode> map = map(node, feature);
                map.clear();
            }
        }
    }

    /** The element with this {@code id} attribute ({@code setId}) that is on the page now. */
    public Optional<UidlNode> byId(String elementId) {
        return find(n -> elementId.equals(n.attribute("id")));
    }

    /**
     * The {@code href} of the anchor with this id, whether it is an element of its own or inside an
     * element's {@code innerHTML} (a list the server renders as markup, as the course outline's steps).
     */
    public Optional<String> anchorHref(String elementId) {
        Optional<String> own = byId(elementId).map(n -> n.attribute("href"));
        if (own.isPresent()) {
            return own;
        }
        String wanted = "id=\"" + elementId + "\"";
        for (UidlNode holder : findAll(n -> n.property("innerHTML") != null)) {
            Matcher anchor = ANCHOR.matcher(holder.property("innerHTML").asString(""));
            while (anchor.find()) {
                if (anchor.group().contains(wanted)) {
                    Matcher href = HREF.matcher(anchor.group());
                    if (href.find()) {
                        return Optional.of(href.group(1).replace("&amp;", "&"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern ANCHOR = Pattern.compile("<a\\s[^>]*>");
    private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]*)\"");

    /** The first element on the page now, depth first from the UI, that matches. */
    public Optional<UidlNode> find(Predicate<UidlNode> test) {
        List<UidlNode> found = findAll(test);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** Every element on the page now (attached under the UI, visible), depth first, that matches. */
    public List<UidlNode> findAll(Predicate<UidlNode> test) {
        List<UidlNode> out = new ArrayList<>();
        UidlNode root = nodes.get(1);
        if (root != null) {
            collect(root, test, out);
        }
        return out;
    }

    /** Elements below {@code under} (grid cells, dialog content are virtual children) that match. */
    public List<UidlNode> findAll(UidlNode under, Predicate<UidlNode> test) {
        List<UidlNode> out = new ArrayList<>();
        collect(under, test, out);
        return out;
    }

    private static void collect(UidlNode node, Predicate<UidlNode> test, List<UidlNode> out) {
        if (!node.visible()) {
            return;
        }
        if (test.test(node)) {
            out.add(node);
        }
        for (UidlNode child : node.children) {
            collect(child, test, out);
        }
        for (UidlNode child : node.virtualChildren) {
            collect(child, test, out);
        }
    }

    public static Predicate<UidlNode> tag(String tag) {
        return n -> tag.equals(n.tag());
    }

    public static Predicate<UidlNode> idStartsWith(String prefix) {
        return n -> n.attribute("id") != null && n.attribute("id").startsWith(prefix);
    }
}
