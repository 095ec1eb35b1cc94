package org.tnracademy.core.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>
 * The same few hundred titles and names are read with every course, lesson and exercise a learner
 * opens, and parsing their JSON each time was about 1% of a loaded node's CPU: a text read once is
 * kept by its column value and handed out again (it is immutable). The memory is bounded: at most
 * {@value #REMEMBERED_TEXTS} texts of at most {@value #REMEMBERED_LENGTH} characters, forgotten all
 * at once when full.
 */
@Converter
@Immutable
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    static final int REMEMBERED_TEXTS = 4_096;
    static final int REMEMBERED_LENGTH = 1_024;

    private static final ConcurrentHashMap<String, LocalizedText> READ = new ConcurrentHashMap<>();

    @Override
    public String convertToDatabaseColumn(LocalizedText text) {
        return text == null ? null : Json.write(text.byLanguage());
    }

    @Override
    public LocalizedText convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        if (column.length() > REMEMBERED_LENGTH) {
            return new LocalizedText(Json.read(column, MAP));
        }
        LocalizedText known = READ.get(column);
        if (known != null) {
            return known;
        }
        LocalizedText text = new LocalizedText(Json.read(column, MAP));
        if (READ.size() >= REMEMBERED_TEXTS) {
            READ.clear();
        }
        READ.put(column, text);
        return text;
    }

    /** How many texts are kept now: for tests. */
    static int remembered() {
        return READ.size();
    }
}
