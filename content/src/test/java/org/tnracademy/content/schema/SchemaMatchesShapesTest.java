package org.tnracademy.content.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.shape.FieldShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.types.ExerciseTypes;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema of exercise files describes a type's spec with the fields the type's own shape
 * has (and so its reader: {@code ShapesMatchReadersTest} in exercises holds those two together):
 * at every object, the same fields, the same ones required.
 */
class SchemaMatchesShapesTest {

    /** Fields the schema describes that the studio's form keeps as they are rather than showing, and why. */
    private static final Map<String, String> SCHEMA_ONLY = Map.of(
            "indicators:intelligence", "source and licence of a published bundle: the bundle upload fills it, not the form");

    @Test
    void everySpecTheSchemaDescribesHasItsTypesFields() {
        JsonNode schema = read();
        Map<String, JsonNode> specs = specDefinitions(schema);
        assertThat(specs).as("types whose spec the schema describes").isNotEmpty();
        List<String> mismatches = new ArrayList<>();
        specs.forEach((typeId, def) -> compare(schema, typeId, def,
                ExerciseTypes.get(typeId).specShape(), "spec", mismatches));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aFieldTheShapeLacksIsFound() {
        JsonNode schema = read();
        Map.Entry<String, JsonNode> first = specDefinitions(schema).entrySet().iterator().next();
        List<FieldShape> fewer = new ArrayList<>(ExerciseTypes.get(first.getKey()).specShape().fields());
        fewer.removeLast();
        List<String> mismatches = new ArrayList<>();
        compare(schema, first.getKey(), first.getValue(), new ObjectShape(fewer), "spec", mismatches);
        assertThat(mismatches).isNotEmpty();
    }

    /** Type id to the definition its {@code if type == id then spec: $ref} points to. */
    private static Map<String, JsonNode> specDefinitions(JsonNode schema) {
        Map<String, JsonNode> specs = new LinkedHashMap<>();
        for (JsonNode rule : schema.path("allOf")) {
            String typeId = text(rule.path("if").path("properties").path("type").path("const"));
            String ref = text(rule.path("then").path("properties").path("spec").path("$ref"));
            if (typeId != null && ref != null) {
                specs.put(typeId, resolve(schema, rule.path("then").path("properties").path("spec")));
            }
        }
        return specs;
    }

    private static void compare(JsonNode schema, String typeId, JsonNode def, ObjectShape shape, String path,
                                List<String> out) {
        Set<String> described = new TreeSet<>();
        def.path("properties").properties().forEach(p -> described.add(p.getKey()));
        SCHEMA_ONLY.keySet().stream().filter(k -> k.startsWith(typeId + ":"))
                .map(k -> k.substring(k.indexOf(':') + 1)).filter(described::contains)
                .forEach(described::remove);
        Set<String> shaped = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (FieldShape f : shape.fields()) {
            shaped.add(f.name());
            if (f.required()) {
                required.add(f.name());
            }
        }
        if (!described.equals(shaped)) {
            out.add(typeId + " " + path + ": the schema has " + described + ", the type's shape " + shaped);
        }
        Set<String> schemaRequired = new TreeSet<>();
        def.path("required").forEach(r -> schemaRequired.add(r.stringValue()));
        if (!schemaRequired.equals(required)) {
            out.add(typeId + " " + path + ": the schema requires " + schemaRequired + ", the type's shape " + required);
        }
        for (FieldShape f : shape.fields()) {
            JsonNode property = resolve(schema, def.path("properties").path(f.name()));
            if (f.shape() instanceof ObjectShape o && property.has("properties")) {
                compare(schema, typeId, property, o, path + "." + f.name(), out);
            } else if (f.shape() instanceof ListShape l && l.element() instanceof ObjectShape o) {
                JsonNode items = resolve(schema, property.path("items"));
                if (items.has("properties")) {
                    compare(schema, typeId, items, o, path + "." + f.name() + "[]", out);
                }
            }
        }
    }

    /** A node, or the definition its local {@code $ref} points to. */
    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        String ref = text(node.path("$ref"));
        return ref != null && ref.startsWith("#/") ? schema.at(ref.substring(1)) : node;
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }

    private static JsonNode read() {
        return PackSchemas.json(PackSchemas.read(PackSchemas.SCHEMA_DIR.resolve(PackSchemas.Kind.EXERCISE.file)));
    }
}
