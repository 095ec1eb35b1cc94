package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The application's classpath (the test runtime here mirrors the jar's) carries the starter pack's
 * files but not the build-time generator that wrote them.
 */
class RuntimeClasspathTest {

    @Test
    void theStarterPackFilesAreOnTheRuntimeClasspath() {
        assertThat(getClass().getClassLoader().getResource("packs/tnr-foundations/course.yaml")).isNotNull();
    }

    @Test
    void theDatasetGeneratorIsNotOnTheRuntimeClasspath() {
        assertThatThrownBy(() -> Class.forName("org.tnracademy.content.generator.GenerateDatasets"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
