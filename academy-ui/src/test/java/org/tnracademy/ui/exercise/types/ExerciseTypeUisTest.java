package org.tnracademy.ui.exercise.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.types.ExerciseTypes;

/** Each exercise type has its UI, and a name in both languages; the UI knows no type the core does not. */
class ExerciseTypeUisTest {

    @Test
    void everyTypeHasExactlyOneUiInItsOwnPackage() {
        assertThat(ExerciseTypeUis.all().keySet()).containsExactlyInAnyOrderElementsOf(ExerciseTypes.ids());
        ExerciseTypeUis.all().forEach((id, ui) -> {
            String typePackage = ExerciseTypes.get(id).getClass().getPackageName();
            // ui.exercise.labelling for exercises.labelling: the type's packages share its name
            assertThat(ui.getClass().getPackageName()).endsWith(typePackage.substring(typePackage.lastIndexOf('.')));
        });
    }

    @Test
    void everyTypeIsNamedInEnglishAndFrench() throws IOException {
        Properties en = load("translations");
        Properties fr = load("translations_fr");
        for (String id : ExerciseTypes.ids()) {
            assertThat(en.getProperty("exercise.type." + id)).as("English name of %s", id).isNotBlank();
            assertThat(fr.getProperty("exercise.type." + id)).as("French name of %s", id).isNotBlank();
        }
    }

    @Test
    void anUnknownTypeIsRefusedByName() {
        assertThatThrownBy(() -> ExerciseTypeUis.get("quiz")).hasMessageContaining("'quiz'");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExerciseTypeUisTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
