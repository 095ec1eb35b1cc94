package org.tnracademy.ui.studio.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.shape.EnumSetShape;
import org.tnracademy.exercises.shape.EnumShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.MapShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.Shape;

/** Every field of every shape has its label in English and in French, as do enum values and help texts. */
class ShapeLabelsTest {

    @Test
    void everyShapeFieldHasAnEnglishAndAFrenchLabel() throws IOException {
        Properties en = load("translations");
        Properties fr = load("translations_fr");
        Set<String> keys = new TreeSet<>();
        for (String type : ExerciseShapes.typeIds()) {
            for (FormShape form : List.of(ExerciseShapes.spec(type), ExerciseShapes.key(type))) {
                collect(form.root(), form.labelPrefix(), keys);
            }
        }
        assertThat(keys).hasSizeGreaterThan(100);
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!en.containsKey(key) || en.getProperty(key).isBlank()) {
                missing.add("en " + key);
            }
            if (!fr.containsKey(key) || fr.getProperty(key).isBlank()) {
                missing.add("fr " + key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aHelpTextInEnglishHasItsFrenchAndBelongsToAField() throws IOException {
        Properties en = load("translations");
        Properties fr = load("translations_fr");
        Set<String> fields = new TreeSet<>();
        for (String type : ExerciseShapes.typeIds()) {
            for (FormShape form : List.of(ExerciseShapes.spec(type), ExerciseShapes.key(type))) {
                collect(form.root(), form.labelPrefix(), fields);
            }
        }
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("shape.") && key.endsWith(".help")) {
                assertThat(fields).as(key).contains(key.substring(0, key.length() - ".help".length()));
                assertThat(fr.getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void frenchShapeTextsUseTypographicApostrophes() throws IOException {
        Properties fr = load("translations_fr");
        for (String key : fr.stringPropertyNames()) {
            if (key.startsWith("shape.")) {
                assertThat(fr.getProperty(key)).as(key).doesNotContain("'");
            }
        }
    }

    /** The label keys of a shape: one per field, per map key and value, and per enum value. */
    static void collect(Shape shape, String key, Set<String> keys) {
        switch (shape) {
            case ObjectShape object -> object.fields().forEach(f -> {
                keys.add(key + "." + f.name());
                collect(f.shape(), key + "." + f.name(), keys);
            });
            case ListShape list -> collect(list.element(), key, keys);
            case MapShape map -> {
                keys.add(key + "." + map.keyName());
                keys.add(key + "." + map.valueName());
                collect(map.value(), key + "." + map.valueName(), keys);
            }
            case EnumShape choices -> choices.values().forEach(v -> keys.add(key + "." + v));
            case EnumSetShape choices -> choices.values().forEach(v -> keys.add(key + "." + v));
            default -> {
            }
        }
    }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ShapeLabelsTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
