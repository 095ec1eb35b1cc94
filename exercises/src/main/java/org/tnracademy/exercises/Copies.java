package org.tnracademy.exercises;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defensive, unmodifiable copies for records. Unlike List.copyOf they keep null elements and
 * read null as empty, so a validator can name a null where a factory would crash on it.
 */
public final class Copies {

    private Copies() {
    }

    public static <T> List<T> list(Collection<? extends T> source) {
        return source == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(source));
    }

    /** Keeps the source's order, such as the order of a YAML file. */
    public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> source) {
        return source == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
