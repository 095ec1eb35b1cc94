package org.tnracademy.content.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.types.ExerciseTypes;
import tools.jackson.databind.JsonNode;

/**
 * The schema's {@code policy.variants.stratifyBy} offers exactly the strata the types' pools know:
 * a stratum added to a pool without the schema, or left in the schema after a pool dropped it, is found.
 */
class SchemaStrataMatchPoolsTest {

    @Test
    void theSchemasStrataAreThoseOfTheTypesPools() {
        JsonNode schema = PackSchemas.json(PackSchemas.read(PackSchemas.SCHEMA_DIR.resolve(PackSchemas.Kind.EXERCISE.file)));
        Set<String> inSchema = new TreeSet<>();
        schema.path("properties").path("policy").path("properties").path("variants").path("properties")
                .path("stratifyBy").path("enum").forEach(n -> inSchema.add(n.stringValue()));
        Set<String> ofPools = new TreeSet<>();
        ExerciseTypes.ids().forEach(id -> ExerciseTypes.get(id).itemPool().ifPresent(p -> ofPools.addAll(p.strata())));

        assertThat(inSchema).isNotEmpty().isEqualTo(ofPools);
    }
}
