package org.tnracademy.load;

import static org.tnracademy.load.VaadinConnection.JSON;
import static org.tnracademy.load.VaadinConnection.NODES;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The invocations a Flow client sends in a UIDL request, built as the browser's client builds them. */
final class UidlInvocations {

    private UidlInvocations() {
    }

    /** A DOM event on a node, with its event data. */
    static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    /** The data of {@code ui-navigate}: a client-side navigation to the route, as a router link makes it. */
    static ObjectNode navigation(String route, int historyIndex, String trigger) {
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "Digital TNR Detection Academy");
        ObjectNode state = NODES.objectNode();
        state.put("idx", historyIndex);
        data.set("historyState", state);
        data.put("trigger", trigger);
        return data;
    }

    /** A synchronised property's new value. */
    static ObjectNode mapSync(UidlNode node, String property, JsonNode value) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node.id());
        rpc.put("feature", UidlTree.ELEMENT_PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", value == null ? NODES.nullNode() : value);
        return rpc;
    }

    /** A {@code @ClientCallable} method call, as {@code this.$server.method(...)} makes it. */
    static ObjectNode serverCall(UidlNode node, String method, Object... args) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node.id());
        rpc.put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", JSON.valueToTree(args));
        rpc.put("promise", 0);
        return rpc;
    }

    /** Event data the server asks for, with the values a real event would carry when nothing is pressed. */
    static JsonNode placeholder(String expression) {
        if (expression.endsWith("Key") || expression.endsWith("repeat") || expression.endsWith("isComposing")) {
            return NODES.booleanNode(false);
        }
        if (expression.equals("event.detail")) {
            return NODES.numberNode(1);
        }
        if (expression.startsWith("event.") && !expression.contains("key") && !expression.contains("code")) {
            return NODES.numberNode(0);
        }
        return NODES.nullNode();
    }

    /** A UIDL response without the anti-hijacking guard in front of its JSON. */
    static String stripGuard(String body) {
        return body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
    }
}
