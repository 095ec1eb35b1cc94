package org.tnracademy.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The labelling grid's label pickers as the browser knows them: drawn by a Lit renderer from the
 * rows' data, not components on the server. Learns from the page's JavaScript invocations the
 * renderer's return channel ({@code window.Vaadin.setLitRenderer(...)}), its labels (the template's
 * {@code .items}) and the rows the grid received ({@code $connector.set(...)}); a pick is sent as
 * the renderer does: {@code {type: channel, args: ["pick", rowKey, [label]]}}.
 */
final class LabelColumn {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ITEMS = Pattern.compile("\\.items=\"\\$\\{(\\[.*?\\])\\}\"");

    private int channelNode = -1;
    private int channelId = -1;
    private String namespace;
    private final List<String> labels = new ArrayList<>();
    /** The dataset's item key (the picker's id without "label-") to the grid's row key, in arrival order. */
    private final Map<String, String> rows = new LinkedHashMap<>();

    /** Reads what the page was asked to run: the renderer's set-up and the rows received. */
    void learn(List<JsonNode> executed) {
        for (JsonNode execute : executed) {
            for (JsonNode invocation : execute) {
                String script = invocation.get(invocation.size() - 1).asString("");
                if (script.contains("setLitRenderer")) {
                    rendererSetUp(invocation);
                }
            }
        }
        if (namespace == null) {
            return;
        }
        for (JsonNode execute : executed) {
            for (JsonNode invocation : execute) {
                collectRows(invocation);
            }
        }
    }

    /** Another Lit renderer on the page (the phone's stacked column) has no {@code .items}: skipped. */
    private void rendererSetUp(JsonNode invocation) {
        Matcher items = null;
        for (JsonNode arg : invocation) {
            if (arg.isString() && ITEMS.matcher(arg.asString()).find()) {
                items = ITEMS.matcher(arg.asString());
                items.find();
            }
        }
        if (items == null) {
            return;
        }
        labels.clear();
        for (JsonNode option : JSON.readTree(items.group(1))) {
            if (!option.path("value").asString("").isEmpty()) {
                labels.add(option.path("value").asString());
            }
        }
        for (JsonNode arg : invocation) {
            if (arg.isObject() && arg.has("@v-return")) {
                channelNode = arg.get("@v-return").get(0).asInt();
                channelId = arg.get("@v-return").get(1).asInt();
            } else if (arg.isString() && arg.asString().matches("lr_[0-9a-f]+_")) {
                namespace = arg.asString();
            }
        }
    }

    private void collectRows(JsonNode node) {
        if (node.isObject() && node.has("key") && node.has(namespace + "key")) {
            rows.put(node.get(namespace + "key").asString(), node.get("key").asString());
        } else if (node.isContainer()) {
            for (JsonNode child : node) {
                collectRows(child);
            }
        }
    }

    boolean ready() {
        return channelId >= 0 && !labels.isEmpty() && !rows.isEmpty();
    }

    List<String> labels() {
        return List.copyOf(labels);
    }

    /** The dataset item keys of the rows received so far, in the order they came. */
    List<String> items() {
        return List.copyOf(rows.keySet());
    }

    /** Gives the row of the dataset item its label, as a learner's pick in the row's picker does. */
    JsonNode pick(VaadinConnection tab, String item, String label) throws IOException, InterruptedException {
        return tab.rpc(pickInvocation(item, label));
    }

    /** The return-channel invocation the renderer sends for a pick. */
    ObjectNode pickInvocation(String item, String label) {
        String rowKey = rows.get(item);
        if (rowKey == null) {
            throw new ProtocolException("no row received for item " + item);
        }
        ObjectNode rpc = JsonNodeFactory.instance.objectNode();
        rpc.put("type", "channel");
        rpc.put("node", channelNode);
        rpc.put("channel", channelId);
        var args = rpc.putArray("args");
        args.add("pick");
        args.add(rowKey);
        args.addArray().add(label);
        return rpc;
    }
}
