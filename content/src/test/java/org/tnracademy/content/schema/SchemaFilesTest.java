package org.tnracademy.content.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** The schema files themselves: valid 2020-12, identified, and described enough for editors' completion. */
class SchemaFilesTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    @ParameterizedTest
    @EnumSource(PackSchemas.Kind.class)
    void isAValidDraft202012SchemaWithIdTitleAndDescription(PackSchemas.Kind kind) {
        JsonNode schema = schemaNode(kind);
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(DRAFT_2020_12));
        List<Error> errors = meta.validate(schema);
        assertThat(errors).as("%s against the 2020-12 meta-schema", kind.file).isEmpty();

        assertThat(schema.path("$schema").stringValue()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.path("$id").stringValue()).isEqualTo(PackSchemas.ID_BASE + kind.file);
        assertThat(schema.path("title").stringValue()).isNotBlank();
        assertThat(schema.path("description").stringValue()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(PackSchemas.Kind.class)
    void everyFieldHasADescriptionAndUnknownFieldsAreRefused(PackSchemas.Kind kind) {
        List<String> undescribed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        walk(schemaNode(kind), "", undescribed, open);
        assertThat(undescribed).as("fields without a description in %s", kind.file).isEmpty();
        assertThat(open).as("objects that accept unknown fields in %s", kind.file).isEmpty();
    }

    /** The definitions each schema repeats (so that every file stands alone in an editor) do not drift apart. */
    @Test
    void sharedDefinitionsAreTheSameInEverySchema() {
        Map<String, JsonNode> first = new java.util.HashMap<>();
        for (PackSchemas.Kind kind : PackSchemas.Kind.values()) {
            for (Map.Entry<String, JsonNode> def : schemaNode(kind).path("$defs").properties()) {
                JsonNode seen = first.putIfAbsent(def.getKey(), def.getValue());
                assertThat(seen == null || seen.equals(def.getValue()))
                        .as("$defs/%s in %s differs from the other schemas", def.getKey(), kind.file).isTrue();
            }
        }
        assertThat(first).containsKeys("id", "text", "localizedText", "packPath", "labelId");
    }

    private static void walk(JsonNode node, String at, List<String> undescribed, List<String> open) {
        if (node == null || !node.isContainer()) {
            return;
        }
        if (node.isObject() && node.has("properties")) {
            for (Map.Entry<String, JsonNode> p : node.get("properties").properties()) {
                if (!p.getValue().path("description").isString()) {
                    undescribed.add(at + "/properties/" + p.getKey());
                }
            }
            // localized texts accept any language code; every other object lists its fields
            if (!node.has("additionalProperties") || node.get("additionalProperties").isBoolean()
                    && node.get("additionalProperties").booleanValue()) {
                open.add(at);
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                walk(child.getValue(), at + "/" + child.getKey(), undescribed, open);
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, undescribed, open);
            }
        }
    }

    private static JsonNode schemaNode(PackSchemas.Kind kind) {
        return PackSchemas.json(PackSchemas.read(PackSchemas.SCHEMA_DIR.resolve(kind.file)));
    }
}
