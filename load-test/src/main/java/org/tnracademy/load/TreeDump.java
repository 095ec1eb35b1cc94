package org.tnracademy.load;

import java.net.URI;

/**
 * Prints the state tree of one page as the driver sees it (tags, ids, listeners, text), to find
 * what a scenario step should look for: {@code TreeDump http://localhost:8091/ user password route}.
 */
public final class TreeDump {

    public static void main(String[] args) throws Exception {
        try (HttpTransport http = HttpTransport.open(1);
             VaadinConnection tab = new VaadinConnection(http, URI.create(args[0]))) {
            tab.signIn(args[1], args[2]);
            tab.open(args[3]);
            print(tab.tree().root(), 0);
        }
    }

    static void print(UidlNode node, int depth) {
        StringBuilder line = new StringBuilder("  ".repeat(depth)).append(node.id()).append(' ').append(node.tag());
        node.attributes.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        node.properties.forEach((k, v) -> {
            String value = String.valueOf(v);
            line.append(" .").append(k).append('=').append(value.length() > 60 ? value.substring(0, 60) + "…" : value);
        });
        if (!node.listeners.isEmpty()) {
            line.append(" on").append(node.listeners.keySet());
        }
        if (node.text != null) {
            line.append(" \"").append(node.text).append('"');
        }
        if (!node.visible()) {
            line.append(" (hidden)");
        }
        System.out.println(line);
        node.children.forEach(c -> print(c, depth + 1));
        node.virtualChildren.forEach(c -> {
            System.out.println("  ".repeat(depth + 1) + "(virtual)");
            print(c, depth + 2);
        });
    }
}
