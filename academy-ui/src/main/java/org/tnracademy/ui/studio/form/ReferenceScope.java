package org.tnracademy.ui.studio.form;

import java.util.List;
import java.util.Map;

/**
 * What a {@link ReferenceSource} may look at: the spec tree a key form is checked against (empty
 * for a spec form), and the objects enclosing the field in its own form, innermost first.
 */
public record ReferenceScope(Map<String, Object> spec, List<Map<String, Object>> enclosing) {

    public ReferenceScope {
        spec = spec == null ? Map.of() : spec;
        enclosing = List.copyOf(enclosing);
    }

    /** The enclosing object {@code levels} steps out (0 is the object holding the field), or an empty map. */
    public Map<String, Object> enclosing(int levels) {
        return levels < enclosing.size() ? enclosing.get(levels) : Map.of();
    }
}
