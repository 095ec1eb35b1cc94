package org.tnracademy.core.support;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.tnracademy.exercises.estimate.Estimate;
import org.tnracademy.exercises.estimate.GeoPoint;
import org.tnracademy.exercises.estimate.NumberValue;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON of the values the core stores as text in its columns (mapper settings: {@link Mappers#storedColumns()}). */
public final class Json {

    private static final JsonMapper MAPPER = Mappers.storedColumns()
            .addMixIn(Estimate.class, EstimateShape.class)
            .build();

    /**
     * The exercise types stay free of Jackson: an estimate, stored inside a result, is told apart
     * by its fields (a value, or a latitude and longitude).
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
    @JsonSubTypes({@JsonSubTypes.Type(NumberValue.class), @JsonSubTypes.Type(GeoPoint.class)})
    private interface EstimateShape {
    }

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return MAPPER.readValue(json, type);
    }
}
