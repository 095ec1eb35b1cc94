package org.tnracademy.exercises.shape;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a {@link ReferenceSource} may look at: the spec tree a key form is checked against (empty
 * for a spec form), and the objects enclosing the field in its own form, innermost first. The
 * enclosing objects are only read when a source asks for them, as most sources need the spec alone.
 */
public final class ReferenceScope {

    private final Map<String, Object> spec;
    private final Supplier<List<Map<String, Object>>> enclosing;
    private List<Map<String, Object>> read;

    public ReferenceScope(Map<String, Object> spec, Supplier<List<Map<String, Object>>> enclosing) {
        this.spec = spec == null ? Map.of() : spec;
        this.enclosing = enclosing;
    }

    public static ReferenceScope of(Map<String, Object> spec, List<Map<String, Object>> enclosing) {
        List<Map<String, Object>> copy = List.copyOf(enclosing);
        return new ReferenceScope(spec, () -> copy);
    }

    public Map<String, Object> spec() {
        return spec;
    }

    /** The enclosing object {@code levels} steps out (0 is the object holding the field), or an empty map. */
    public Map<String, Object> enclosing(int levels) {
        if (read == null) {
            read = enclosing.get();
        }
        return levels < read.size() ? read.get(levels) : Map.of();
    }
}
