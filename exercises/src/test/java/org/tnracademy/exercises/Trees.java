package org.tnracademy.exercises;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the plain trees a YAML or JSON parser produces, in the order written, nulls allowed. */
public final class Trees {

    private Trees() {
    }

    /** A map from alternating names and values: {@code map("id", "q1", "kind", "single")}. */
    public static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    public static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    /** A localized text as written in a pack: {@code {en: ..., fr: ...}}. */
    public static Map<String, Object> text(String en) {
        return map("en", en, "fr", en + " (fr)");
    }
}
