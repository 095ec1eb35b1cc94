package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * JSON logs for a collector are switched by the one environment variable docs/operations.md names
 * (Spring Boot's structured logging): with it every log line is one JSON object, without it the
 * lines stay plain text.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    @Test
    void theDocumentedVariableMakesEveryLogLineOneJsonObject(CapturedOutput output) {
        String marker = "a line for the collector " + System.nanoTime();
        logWith(Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"), marker);

        String line = lineWith(output, marker);
        assertThat(line).startsWith("{").endsWith("}");
        Map<String, Object> json = new Yaml().load(line);
        assertThat(json).containsEntry("message", marker).containsKey("@timestamp").containsKey("ecs");
        assertThat(json.get("log")).isInstanceOfSatisfying(Map.class, log -> assertThat(log).containsEntry("level", "INFO"));
    }

    @Test
    void withoutItTheLinesArePlainText(CapturedOutput output) {
        String marker = "a line for a person " + System.nanoTime();
        logWith(Map.of(), marker);

        assertThat(lineWith(output, marker)).doesNotStartWith("{").contains("INFO");
    }

    @Test
    void theDocsNameTheVariableAndItsFormats() throws Exception {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/operations.md"));
        assertThat(docs).contains("LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs").contains("logstash").contains("gelf");
    }

    /** Starts Spring Boot with these variables in its environment, as the container would set them, and logs. */
    private static void logWith(Map<String, String> variables, String message) {
        StandardEnvironment environment = new StandardEnvironment();
        Map<String, Object> system = new HashMap<>(environment.getSystemEnvironment());
        system.remove("LOGGING_STRUCTURED_FORMAT_CONSOLE");
        system.putAll(variables);
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, system));
        SpringApplication application = new SpringApplication(Nothing.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setEnvironment(environment);
        // Spring Boot hands the format to the logging system through system properties: put them back
        // after, so the test contexts that start later in this JVM log as they would have
        Map<Object, Object> before = new HashMap<>(System.getProperties());
        try (ConfigurableApplicationContext ignored = application.run()) {
            LoggerFactory.getLogger("org.tnracademy.operations.probe").info(message);
        } finally {
            System.getProperties().keySet().removeIf(key -> !before.containsKey(key));
            System.getProperties().putAll(before);
        }
    }

    private static String lineWith(CapturedOutput output, String marker) {
        List<String> lines = output.getOut().lines().filter(l -> l.contains(marker)).toList();
        assertThat(lines).hasSize(1);
        return lines.getFirst();
    }

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }
}
