package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a result type serialises as a plain JSON tree with Jackson's record support: records,
 * lists, maps, strings, numbers, booleans and enums, without arrays, Optionals or cycles. A check on
 * the types, because this module has no JSON library to try it with.
 */
public final class JsonShape {

    private JsonShape() {
    }

    public static void assertPlain(Class<?> type) {
        check(type, type.getSimpleName(), new HashSet<>());
    }

    private static void check(Type type, String path, Set<Type> open) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            assertThat(List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))
                    .as("%s is a list or a map, got %s", path, raw).isTrue();
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, path + "<>", open);
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        assertThat(c.isArray()).as("%s is not an array", path).isFalse();
        assertThat(c).as("%s is not an Optional", path).isNotEqualTo(Optional.class);
        if (c.isPrimitive() || c == String.class || Number.class.isAssignableFrom(c) || c == Boolean.class
                || c.isEnum()) {
            return;
        }
        assertThat(c.isRecord()).as("%s is a record, a list, a map or a simple value, got %s", path, c).isTrue();
        assertThat(open.add(c)).as("%s does not contain itself", path).isTrue();
        for (RecordComponent component : c.getRecordComponents()) {
            check(component.getGenericType(), path + "." + component.getName(), open);
        }
        open.remove(c);
    }
}
