package org.tnracademy.core.support;

import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Immutable;
import org.tnracademy.exercises.LocalizedText;
import tools.jackson.core.type.TypeReference;

/**
 * Stores a text in several languages as a small JSON object: {"en": "...", "fr": "..."}. A
 * {@link LocalizedText} cannot change once made, and saying so ({@link Immutable}) spares Hibernate a
 * copy of each one it loads (written out and read back) to find changes: entities are compared by
 * value instead.
 */
@Converter
@Immutable
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(LocalizedText text) {
        return text == null ? null : Json.write(text.byLanguage());
    }

    @Override
    public LocalizedText convertToEntityAttribute(String column) {
        return column == null ? null : new LocalizedText(Json.read(column, MAP));
    }
}
