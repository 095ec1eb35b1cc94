package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files under deploy/ (compose, Kubernetes, HAProxy) parse, and agree with the
 * academy they deploy: every probe and health check is an address this academy answers 200 on,
 * every environment variable is one it reads, ports agree from HAProxy to the container, every
 * secret a container reads is defined, and every file names the image the build makes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "academy.metrics.token=scrape-token-for-tests")
class DeployFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    /** Variables of the JVM itself: flags from the environment. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final Set<String> NODE_SERVICES = Set.of("academy-1", "academy-2");

    @LocalServerPort
    int port;

    @Test
    void everyYamlAndJsonFileUnderDeployParses() throws IOException {
        List<Path> files = files(".yaml", ".yml", ".json");
        assertThat(files).extracting(p -> DEPLOY.relativize(p).toString())
                .contains("compose.yaml", "kubernetes/deployment.yaml", "kubernetes/service.yaml",
                        "kubernetes/secrets.yaml", "kubernetes/ingress.yaml", "keycloak/academy-realm.json");
        for (Path file : files) {
            List<Object> documents = documents(file);
            assertThat(documents).as(file.toString()).isNotEmpty().allSatisfy(d -> assertThat(d).isInstanceOf(Map.class));
        }
    }

    @Test
    void composeRunsPostgresKeycloakTwoNodesAndHaproxyOnTheImageTheBuildMakes() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        assertThat(services).containsKeys("postgres", "keycloak", "haproxy").containsKeys(NODE_SERVICES.toArray(String[]::new));
        for (String node : NODE_SERVICES) {
            Map<String, Object> service = map(services.get(node));
            assertThat(service.get("image")).as(node).isEqualTo(imageName() + ":" + projectVersion());
            Map<String, Object> env = map(service.get("environment"));
            assertThat(env).as(node).containsKeys("ACADEMY_DB_URL", "ACADEMY_DB_USER", "ACADEMY_DB_PASSWORD",
                    "ACADEMY_OIDC_ISSUER", "ACADEMY_OIDC_CLIENT_SECRET", "ACADEMY_METRICS_TOKEN", "SPRING_PROFILES_ACTIVE");
            assertThat(String.valueOf(env.get("SPRING_PROFILES_ACTIVE")).split(",")).contains("postgres", "keycloak");
            assertThat(String.valueOf(env.get("ACADEMY_DB_URL"))).startsWith("jdbc:postgresql://postgres:5432/");
        }
    }

    @Test
    void everyEnvironmentVariableTheFilesSetIsOneTheAcademyReads() throws IOException {
        Set<String> named = new TreeSet<>();
        Map<String, Object> services = map(compose().get("services"));
        NODE_SERVICES.forEach(node -> named.addAll(map(map(services.get(node)).get("environment")).keySet()));
        named.addAll(map(kubernetes("ConfigMap", "academy-config").get("data")).keySet());
        for (Map<String, Object> env : list(container().get("env"))) {
            named.add((String) env.get("name"));
        }
        Set<String> placeholders = placeholdersInTheAcademysSettings();
        Set<String> unknown = new TreeSet<>();
        for (String variable : named) {
            if (!placeholders.contains(variable) && !JVM_VARIABLES.contains(variable) && !bindsASpringBootSetting(variable)) {
                unknown.add(variable);
            }
        }
        assertThat(unknown).as("variables the academy would ignore (a typo runs it with its default)").isEmpty();
        assertThat(placeholders).contains("ACADEMY_DB_PASSWORD", "ACADEMY_OIDC_CLIENT_SECRET", "ACADEMY_METRICS_TOKEN", "PORT");
    }

    @Test
    void theNodesStartedByHandGetEverySettingComposeGivesThemAndHaproxyItsConfiguration() throws IOException {
        String byHand = Files.readString(DEPLOY.resolve("by-hand/start.sh"));
        Map<String, Object> services = map(compose().get("services"));
        Set<String> composeSets = new TreeSet<>(map(map(services.get("academy-1")).get("environment")).keySet());
        // the container's heap share has no meaning for a process started by hand (it gets -Xmx)
        composeSets.removeAll(JVM_VARIABLES);
        Set<String> missing = new TreeSet<>();
        for (String variable : composeSets) {
            if (!Pattern.compile("\\b" + variable + "=").matcher(byHand).find()) {
                missing.add(variable);
            }
        }
        assertThat(missing).as("settings compose gives the nodes that deploy/by-hand/start.sh leaves out").isEmpty();
        assertThat(byHand).as("HAProxy runs with the compose file's configuration, not a copy of its own")
                .contains("$ROOT/deploy/haproxy/haproxy.cfg")
                .contains("$ROOT/deploy/keycloak/academy-realm.json");
    }

    @Test
    void everyProbeAndHealthCheckIsAnAddressTheAcademyAnswersOn() throws Exception {
        Map<String, Object> container = container();
        Set<String> paths = new LinkedHashSet<>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
            paths.add((String) get.get("path"));
            assertThat(get.get("port")).as(probe).isEqualTo("http");
        }
        assertThat(map(map(container.get("readinessProbe")).get("httpGet")).get("path")).isEqualTo("/actuator/health/readiness");
        assertThat(map(map(container.get("livenessProbe")).get("httpGet")).get("path")).isEqualTo("/actuator/health/liveness");
        Matcher check = Pattern.compile("option httpchk GET (\\S+)").matcher(haproxy());
        assertThat(check.find()).as("HAProxy checks the nodes' health").isTrue();
        assertThat(check.group(1)).isEqualTo("/actuator/health/readiness");
        paths.add(check.group(1));

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : paths) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void portsAgreeFromTheBalancerToTheContainer() throws IOException {
        int imagePort = Integer.parseInt(pomValue("<port>(\\d+)</port>"));
        Map<String, Object> services = map(compose().get("services"));
        for (String node : NODE_SERVICES) {
            assertThat(map(map(services.get(node)).get("environment")).get("PORT")).as(node).isEqualTo(String.valueOf(imagePort));
        }
        Matcher server = Pattern.compile("(?m)^\\s*server (\\S+) (\\S+):(\\d+) .*cookie (\\S+)").matcher(haproxy());
        Set<String> balanced = new TreeSet<>();
        while (server.find()) {
            assertThat(server.group(2)).as("HAProxy sends to the compose service").isEqualTo(server.group(1));
            assertThat(Integer.parseInt(server.group(3))).as(server.group(1)).isEqualTo(imagePort);
            assertThat(server.group(4)).as("each node its own sticky cookie value").isEqualTo(server.group(1));
            balanced.add(server.group(1));
        }
        assertThat(balanced).isEqualTo(new TreeSet<>(NODE_SERVICES));
        assertThat(haproxy()).contains("cookie SERVERID insert indirect nocache httponly", "timeout tunnel 1h");

        Map<String, Object> container = container();
        Map<String, Object> containerPort = list(container.get("ports")).getFirst();
        assertThat(containerPort).containsEntry("name", "http").containsEntry("containerPort", imagePort);
        assertThat(list(container.get("env"))).anySatisfy(e -> assertThat(e)
                .containsEntry("name", "PORT").containsEntry("value", String.valueOf(imagePort)));
        Map<String, Object> service = map(kubernetes("Service", "academy").get("spec"));
        assertThat(service).containsEntry("sessionAffinity", "ClientIP");
        Map<String, Object> servicePort = list(service.get("ports")).getFirst();
        assertThat(servicePort).containsEntry("targetPort", "http");
        Map<String, Object> backend = map(map(list(map(list(map(kubernetes("Ingress", "academy").get("spec"))
                .get("rules")).getFirst().get("http")).get("paths")).getFirst().get("backend")).get("service"));
        assertThat(backend).containsEntry("name", "academy");
        assertThat(map(backend.get("port"))).containsEntry("name", servicePort.get("name"));
        assertThat(map(map(kubernetes("Ingress", "academy").get("metadata")).get("annotations")))
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
    }

    @Test
    void theDeploymentRunsTheBuildsImageAsNoRootAndReadsEverySecretItNeeds() throws IOException {
        Map<String, Object> container = container();
        assertThat((String) container.get("image")).endsWith("/" + imageName() + ":" + projectVersion());
        Map<String, Object> pod = map(map(map(kubernetes("Deployment", "academy").get("spec")).get("template")).get("spec"));
        assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true)
                .containsEntry("runAsUser", Integer.parseInt(pomValue("<user>(\\d+):\\d+</user>")));

        Map<String, Object> secret = kubernetes("Secret", "academy-secrets");
        Set<String> keys = map(secret.get("stringData")).keySet();
        Map<String, String> read = new HashMap<>();
        for (Map<String, Object> env : list(container.get("env"))) {
            if (env.get("valueFrom") != null) {
                Map<String, Object> ref = map(map(env.get("valueFrom")).get("secretKeyRef"));
                assertThat(ref.get("name")).as((String) env.get("name")).isEqualTo("academy-secrets");
                assertThat(keys).as((String) env.get("name")).contains((String) ref.get("key"));
                read.put((String) env.get("name"), (String) ref.get("key"));
            }
        }
        assertThat(read).containsOnlyKeys("ACADEMY_DB_PASSWORD", "ACADEMY_OIDC_CLIENT_SECRET", "ACADEMY_METRICS_TOKEN",
                "ACADEMY_BADGES_KEY_SECRET");
        assertThat(map(kubernetes("ConfigMap", "academy-config").get("data")))
                .as("secrets stay out of the ConfigMap").doesNotContainKeys(read.keySet().toArray(String[]::new));
    }

    // ---- reading the files

    private static List<Path> files(String... endings) throws IOException {
        try (Stream<Path> all = Files.walk(DEPLOY)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(endings).anyMatch(e -> p.getFileName().toString().endsWith(e))).sorted().toList();
        }
    }

    private static List<Object> documents(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        List<Object> documents = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new Yaml(options).loadAll(in).forEach(documents::add);
        }
        return documents;
    }

    private static Map<String, Object> compose() throws IOException {
        return map(documents(DEPLOY.resolve("compose.yaml")).getFirst());
    }

    private static Map<String, Object> kubernetes(String kind, String name) throws IOException {
        for (Path file : files(".yaml")) {
            if (!file.startsWith(DEPLOY.resolve("kubernetes"))) {
                continue;
            }
            for (Object document : documents(file)) {
                Map<String, Object> resource = map(document);
                if (kind.equals(resource.get("kind")) && name.equals(map(resource.get("metadata")).get("name"))) {
                    return resource;
                }
            }
        }
        throw new AssertionError("no " + kind + " named " + name + " under deploy/kubernetes");
    }

    private static Map<String, Object> container() throws IOException {
        Map<String, Object> pod = map(map(map(kubernetes("Deployment", "academy").get("spec")).get("template")).get("spec"));
        return list(pod.get("containers")).stream().filter(c -> "academy".equals(c.get("name"))).findFirst().orElseThrow();
    }

    private static String haproxy() throws IOException {
        return Files.readString(DEPLOY.resolve("haproxy/haproxy.cfg"));
    }

    private static String pomValue(String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(ROOT.resolve("academy-ui/pom.xml")));
        assertThat(m.find()).as(regex + " in academy-ui/pom.xml").isTrue();
        return m.group(1);
    }

    private static String imageName() throws IOException {
        return pomValue("<academy.image.name>([^<]+)</academy.image.name>");
    }

    private static String projectVersion() throws IOException {
        return pomValue("<parent>[\\s\\S]*?<version>([^<]+)</version>");
    }

    /** ${NAME...} placeholders of the shipped settings of the UI and the core: what the academy reads. */
    private static Set<String> placeholdersInTheAcademysSettings() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
        for (Path resources : List.of(ROOT.resolve("academy-ui/src/main/resources"), ROOT.resolve("academy-core/src/main/resources"))) {
            try (Stream<Path> all = Files.walk(resources)) {
                for (Path file : all.filter(p -> p.toString().endsWith(".properties") && !p.toString().contains("i18n")).toList()) {
                    Matcher m = placeholder.matcher(Files.readString(file));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
            }
        }
        return names;
    }

    /** Whether Spring Boot binds the variable to one of its documented settings (relaxed binding). */
    private static boolean bindsASpringBootSetting(String variable) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("deploy", Map.of(variable, "x")));
        ConfigurationPropertySources.attach(environment);
        Binder binder = Binder.get(environment);
        for (String setting : springBootSettings()) {
            if (binder.bind(setting, String.class).isBound()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> settings;

    private static synchronized Set<String> springBootSettings() throws IOException {
        if (settings == null) {
            Set<String> names = new TreeSet<>(List.of("spring.profiles.active"));
            Pattern name = Pattern.compile("\"name\"\\s*:\\s*\"([a-z][a-z0-9.\\-]*)\"");
            Enumeration<URL> metadata = DeployFilesTest.class.getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json");
            for (URL url : Collections.list(metadata)) {
                try (InputStream in = url.openStream()) {
                    Matcher m = name.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
            }
            settings = names;
        }
        return settings;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Map<String, Object>>) node;
    }
}
