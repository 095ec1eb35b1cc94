package org.tnracademy.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One learner's browser tab, at the protocol level: the session cookie, the Spring Security form
 * sign-in, the Vaadin UI's bootstrap ({@code ?v-r=init}), UIDL round trips ({@code ?v-r=uidl}) with
 * the CSRF token, sync id and client id, and the server push websocket (Atmosphere, as
 * {@code @Push(transport = WEBSOCKET_XHR)} has it: server to client only). Messages from both
 * channels are applied to the {@link UidlTree} in the server's sync id order, as the Flow client does.
 */
public final class VaadinConnection implements AutoCloseable {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern FORM_CSRF = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

    private final AcademyHttp http;
    private final URI base;
    private final UidlTree tree = new UidlTree();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final TreeMap<Integer, JsonNode> early = new TreeMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private String csrfToken;
    private String pushId;
    private int uiId;
    private int clientId;
    private int lastSyncId = -1;
    private int historyIndex;
    private WebSocket push;
    private Thread heartbeat;
    private String location = "";
    private final List<JsonNode> executed = new ArrayList<>();

    public VaadinConnection(HttpTransport http, URI base) {
        this.http = new AcademyHttp(http, base);
        this.base = base;
    }

    public UidlTree tree() {
        return tree;
    }

    /**
     * Signs in through the academy's own form as a browser does: the sign-in page is plain HTML
     * (no Vaadin UI: the form's CSRF token is in the page), the form post answers with a redirect
     * (to the page asked for, or back to the sign-in page with an error).
     */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        leave();
        HttpAnswer page = http.get("login");
        if (page.statusCode() != 200) {
            throw new ProtocolException("GET /login answered HTTP " + page.statusCode());
        }
        Matcher csrf = FORM_CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new ProtocolException("sign-in page without a CSRF token");
        }
        if (!page.body().contains("name=\"username\"")) {
            throw new ProtocolException("no sign-in form on /login");
        }
        String form = "username=" + AcademyHttp.enc(username) + "&password=" + AcademyHttp.enc(password) + "&_csrf=" + AcademyHttp.enc(csrf.group(1));
        HttpAnswer posted = http.post("login", "application/x-www-form-urlencoded", form);
        String to = posted.header("Location").orElse("");
        if (posted.statusCode() != 302 || to.contains("error") || to.contains("login")) {
            throw new ProtocolException("sign-in refused for " + username + " (HTTP " + posted.statusCode() + " to '"
                    + to + "')");
        }
    }

    // ---- the Vaadin UI

    /**
     * Loads a page of the academy as a browser does on a full load: the bootstrap page, the UI's
     * init request, the push connection, then the client router's navigation to the route.
     */
    public String open(String route) throws IOException, InterruptedException {
        leave();
        HttpAnswer page = http.get(route);
        if (page.statusCode() != 200) {
            throw new ProtocolException("GET /" + route + " answered HTTP " + page.statusCode());
        }
        HttpAnswer init = http.get("?v-r=init&location=" + AcademyHttp.enc(route) + "&query=&v-sw=1920&v-sh=1080"
                + "&v-wn=ROOT-load&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false&v-tzid=UTC&v-curdate="
                + System.currentTimeMillis() + "&v-td=false&v-pr=1&v-np=Linux%20x86_64");
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode()) {
            throw new ProtocolException("init of /" + route + " without a UIDL message");
        }
        lock.lock();
        try {
            uiId = config.path("v-uiId").asInt();
            csrfToken = uidl.path("Vaadin-Security-Key").asString();
            pushId = uidl.path("Vaadin-Push-ID").asString(null);
            lastSyncId = -1;
            clientId = 0;
            applyInOrder(uidl);
        } finally {
            lock.unlock();
        }
        if (pushId != null && lock(tree::pushEnabled)) {
            push = http.openPush(uiId, pushId, new PushFrames(this::pushed));
        }
        heartbeat = http.heartbeat(uiId, config.path("heartbeatInterval").asInt(300));
        navigate(route);
        return page.body();
    }

    /** A client-side navigation, as a click on a router link makes: {@code ui-navigate} on the UI. */
    public JsonNode navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = UidlInvocations.navigation(route, historyIndex++, location.isEmpty() ? "" : "link");
        location = route;
        lock(() -> {
            executed.clear();
            return null;
        });
        return rpc(UidlInvocations.event(1, "ui-navigate", data));
    }

    /** Follows a router link (an anchor with {@code href}) of the page. */
    public JsonNode follow(UidlNode link) throws IOException, InterruptedException {
        String href = Optional.ofNullable(link.attribute("href")).orElseThrow(
                () -> new ProtocolException(link + " has no href"));
        return navigate(href);
    }

    /**
     * The link with this id on the page now, a component or an anchor in markup the server rendered
     * (the client router follows both alike); a protocol error when it is not there.
     */
    public String linkHref(String elementId) {
        return lock(() -> tree.anchorHref(elementId)).orElseThrow(
                () -> new ProtocolException("no link #" + elementId + " on /" + location + ", which shows: " + shown()));
    }

    /** A click on a component that listens to clicks (a button), with the event data it asks for. */
    public JsonNode click(UidlNode node) throws IOException, InterruptedException {
        return fire(node, "click");
    }

    /** A DOM event the server listens to on this node, with placeholder event data and synced properties. */
    public JsonNode fire(UidlNode node, String event) throws IOException, InterruptedException {
        return rpc(invocations(node, event).toArray(ObjectNode[]::new));
    }

    /**
     * The confirm button of a {@code vaadin-confirm-dialog}, as the browser sends it: the
     * {@code confirm} event, the dialog closing itself ({@code opened} false, synchronised on
     * {@code opened-changed}) and, once its overlay is gone, {@code closed}, which has the server
     * remove it from the page. Without them the server keeps the dialog open and modal and ignores
     * every event of the pages that follow (they are inert), or keeps a closed dialog attached that a
     * later confirmation would be mistaken for.
     */
    public JsonNode confirm(UidlNode dialog) throws IOException, InterruptedException {
        List<ObjectNode> rpc = new ArrayList<>(invocations(dialog, "confirm"));
        lock.lock();
        try {
            dialog.properties.put("opened", NODES.booleanNode(false));
        } finally {
            lock.unlock();
        }
        rpc.addAll(invocations(dialog, "opened-changed"));
        if (lock(() -> dialog.listensTo("closed"))) {
            rpc.addAll(invocations(dialog, "closed"));
        }
        return rpc(rpc.toArray(ObjectNode[]::new));
    }

    private List<ObjectNode> invocations(UidlNode node, String event) {
        List<ObjectNode> rpc = new ArrayList<>();
        ObjectNode data = NODES.objectNode();
        JsonNode wanted = lock(() -> Optional.ofNullable(node.listener(event)).map(this::constant).orElse(null));
        if (wanted == null) {
            throw new ProtocolException(node + " does not listen to '" + event + "'");
        }
        for (var expressions = wanted.propertyNames().iterator(); expressions.hasNext(); ) {
            String expression = expressions.next();
            if (expression.startsWith("}")) {
                String property = expression.substring(1);
                rpc.add(UidlInvocations.mapSync(node, property, lock(() -> node.property(property))));
            } else {
                data.set(expression, UidlInvocations.placeholder(expression));
            }
        }
        rpc.add(UidlInvocations.event(node.id(), event, data));
        return rpc;
    }

    /**
     * Sets a property of an element as the browser's component does and tells the server with the
     * event the property is synchronised on (a text field's {@code value} on {@code change}).
     */
    public JsonNode setProperty(UidlNode node, String property, JsonNode value, String event)
            throws IOException, InterruptedException {
        lock.lock();
        try {
            node.properties.put(property, value);
        } finally {
            lock.unlock();
        }
        return fire(node, event);
    }

    /** A {@code @ClientCallable} method of the node's component, as {@code this.$server.method(...)} calls it. */
    public JsonNode call(UidlNode node, String method, Object... args) throws IOException, InterruptedException {
        return rpc(UidlInvocations.serverCall(node, method, args));
    }

    /** One UIDL round trip: sends the invocations, applies the answer, returns it. */
    public JsonNode rpc(ObjectNode... invocations) throws IOException, InterruptedException {
        ObjectNode body = NODES.objectNode();
        ArrayNode list;
        int sentClientId;
        lock.lock();
        try {
            body.put("csrfToken", csrfToken);
            list = body.putArray("rpc");
            for (ObjectNode invocation : invocations) {
                list.add(invocation);
            }
            body.put("syncId", lastSyncId);
            sentClientId = clientId;
            body.put("clientId", sentClientId);
        } finally {
            lock.unlock();
        }
        HttpAnswer response = http.post("?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8",
                body.toString());
        if (response.statusCode() != 200) {
            throw new ProtocolException("UIDL request answered HTTP " + response.statusCode());
        }
        JsonNode message = JSON.readTree(UidlInvocations.stripGuard(response.body()));
        if (message.isArray()) {
            message = message.get(0);
        }
        if (message.has("meta") && message.path("meta").has("sessionExpired")) {
            throw new ProtocolException("session expired");
        }
        if (message.path("meta").path("appError").isObject()) {
            throw new ProtocolException("server error: " + message.path("meta").path("appError"));
        }
        if (message.path("clientId").asInt(-1) != sentClientId + 1) {
            throw new ProtocolException("the server expected another client message id (sent " + sentClientId
                    + ", answered " + message.path("clientId") + "): resynchronisation");
        }
        lock.lock();
        try {
            clientId = message.path("clientId").asInt();
            applyInOrder(message);
        } finally {
            lock.unlock();
        }
        return message;
    }

    /** Applies a message and any pushed ones it was waiting for, in sync id order. Under the lock. */
    private void applyInOrder(JsonNode message) {
        int syncId = message.path("syncId").asInt(-1);
        if (syncId >= 0 && lastSyncId >= 0 && syncId > lastSyncId + 1) {
            early.put(syncId, message);
            return;
        }
        apply(message);
        while (!early.isEmpty() && early.firstKey() <= lastSyncId + 1) {
            JsonNode next = early.pollFirstEntry().getValue();
            if (next.path("syncId").asInt() == lastSyncId + 1) {
                apply(next);
            }
        }
        changed.signalAll();
    }

    private void apply(JsonNode message) {
        JsonNode newConstants = message.get("constants");
        if (newConstants != null) {
            newConstants.properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        tree.apply(message.get("changes"));
        if (message.has("syncId")) {
            lastSyncId = message.path("syncId").asInt();
        }
        JsonNode execute = message.get("execute");
        if (execute != null) {
            executed.add(execute);
        }
    }


    /** The JavaScript invocations received since the last call (grid updates waiting for confirmation). */
    List<JsonNode> takeExecuted() {
        return lock(() -> {
            List<JsonNode> all = List.copyOf(executed);
            executed.clear();
            return all;
        });
    }

    private JsonNode constant(JsonNode reference) {
        return reference.isString() ? constants.get(reference.asString()) : reference;
    }

    /** Runs {@code read} under the tree's lock (push messages change it from another thread). */
    public <T> T lock(java.util.function.Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    /** The element with this id on the page now; a protocol error when it is not there. */
    public UidlNode byId(String elementId) {
        return lock(() -> tree.byId(elementId)).orElseThrow(
                () -> new ProtocolException("no element #" + elementId + " on /" + location + ", which shows: "
                        + shown()));
    }

    /** The start of the page's text, to say what came instead of what was expected. */
    private String shown() {
        String text = lock(() -> tree.find(n -> "main-content".equals(n.attribute("id")))
                .or(() -> Optional.ofNullable(tree.root())).map(UidlNode::text).orElse(""));
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    public Optional<UidlNode> find(Predicate<UidlNode> test) {
        return lock(() -> tree.find(test));
    }

    public List<UidlNode> findAll(Predicate<UidlNode> test) {
        return lock(() -> tree.findAll(test));
    }

    /** Waits until an element matching {@code test} is on the page (a pushed change), at most {@code timeout}. */
    public UidlNode await(Predicate<UidlNode> test, Duration timeout, String what) throws InterruptedException {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Optional<UidlNode> found = tree.find(test);
                if (found.isPresent()) {
                    return found.get();
                }
                if (left <= 0) {
                    throw new ProtocolException("no " + what + " within " + timeout.toSeconds() + " s on /" + location);
                }
                left = changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    // ---- server push (Atmosphere over a websocket): PushFrames cuts the frames, this applies them

    private void pushed(String message) {
        String body = UidlInvocations.stripGuard(message.trim());
        if (!body.startsWith("{") && !body.startsWith("[")) {
            return; // Atmosphere's handshake and heartbeats
        }
        JsonNode json = JSON.readTree(body);
        if (json.isArray()) {
            json = json.get(0);
        }
        JsonNode uidl = json;
        lock.lock();
        try {
            applyInOrder(uidl);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        if (heartbeat != null) {
            heartbeat.interrupt();
            heartbeat = null;
        }
        if (push != null) {
            push.abort();
            push = null;
        }
    }

    /**
     * Leaves the page as a browser does on {@code pagehide}: the unload beacon (the server closes
     * the UI at once instead of after three missed heartbeats), and the push connection closes.
     */
    public void leave() throws IOException, InterruptedException {
        if (csrfToken == null) {
            return;
        }
        ObjectNode body = NODES.objectNode();
        lock.lock();
        try {
            body.put("csrfToken", csrfToken);
            body.putArray("rpc");
            body.put("syncId", lastSyncId);
            body.put("clientId", clientId);
            body.put("UNLOAD", true);
            csrfToken = null;
        } finally {
            lock.unlock();
        }
        close();
        http.post("?v-r=uidl&v-uiId=" + uiId, "text/plain;charset=UTF-8", body.toString());
    }
}
