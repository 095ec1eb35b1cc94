package org.tnracademy.core.answerdraft;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A draft as stored: the answer tree the workspace handed over and when the server kept it.
 *
 * @param answer  the type's answer tree (see docs/exercise-types); may hold what the grader would
 *                still refuse, such as a text over its limit: a draft keeps what was typed
 * @param savedAt when it was stored, to the microsecond, as the database keeps it
 */
public record SavedDraft(long exerciseId, Map<String, Object> answer, Instant savedAt) {

    public SavedDraft {
        // a tree may hold nulls (a part cleared), which Map.copyOf refuses
        answer = Collections.unmodifiableMap(new LinkedHashMap<>(answer));
    }
}
