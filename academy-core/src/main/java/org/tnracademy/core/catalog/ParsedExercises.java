package org.tnracademy.core.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * An exercise's spec and its answer keys, parsed once per content and kept: opening an exercise
 * asks for them up to three times (the sheet, the last feedback, a running timed attempt) and every
 * submission again. Entries are immutable and keyed by what changes whenever the text does: a spec
 * by its exercise's content hash (a publication that changes the spec changes the hash, in place or
 * as a new version), a key by its key version (a stored key version never changes). An entry also
 * keeps the text it was parsed from and is used only for that same text (a comparison costs far
 * less than a parse), so even a version rolled back and stored again with other content, on this
 * node or another one, is parsed anew: no entry can be stale and none needs invalidating. The least
 * recently used entries are dropped beyond a bound.
 */
@Component
class ParsedExercises {

    /** Above the exercises learners work on at once; a large key (50,000 items) takes megabytes parsed. */
    private static final int ENTRIES = 256;

    private final Map<SpecVersion, Parsed<ParsedSpec>> specs = lru();
    private final Map<KeyVersion, Parsed<Map<String, Object>>> keys = lru();
    private final AtomicLong parses = new AtomicLong();

    /** A spec as the type reads it, with the tree it came from and the policy's hints. */
    record ParsedSpec(Map<String, Object> tree, Object spec, List<LabelOption> labels, List<AttemptPolicy.Hint> hints) {
    }

    private record SpecVersion(Long exerciseId, String contentHash) {
    }

    /** What a text parsed to, with the text. */
    private record Parsed<V>(String text, V value) {
    }

    private record KeyVersion(long exerciseId, int keyVersion) {
    }

    ParsedSpec spec(Exercise e) {
        return cached(specs, new SpecVersion(e.id, e.contentHash), e.spec, () -> {
            Map<String, Object> tree = frozen(ExerciseTrees.tree(e.spec));
            return new ParsedSpec(tree, ExerciseTypes.get(e.type).readSpec(tree), ExerciseTrees.labelOptions(e.type, tree),
                    List.copyOf(ExerciseTrees.hints(e.hints)));
        });
    }

    Map<String, Object> specTree(Exercise e) {
        return spec(e).tree();
    }

    Map<String, Object> keyTree(AnswerKey key) {
        return cached(keys, new KeyVersion(key.exerciseId, key.keyVersion), key.keyJson,
                () -> frozen(ExerciseTrees.tree(key.keyJson)));
    }

    /** How many specs and keys were parsed from their text since start: what the cache saves shows here. */
    long parses() {
        return parses.get();
    }

    private <K, V> V cached(Map<K, Parsed<V>> cache, K key, String text, Supplier<V> parse) {
        Parsed<V> hit;
        synchronized (cache) {
            hit = cache.get(key);
        }
        if (hit != null && hit.text().equals(text)) {
            return hit.value();
        }
        // parsed outside the lock: two threads may both parse a new entry once, with the same result
        V parsed = parse.get();
        parses.incrementAndGet();
        synchronized (cache) {
            cache.put(key, new Parsed<>(text, parsed));
        }
        return parsed;
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > ENTRIES;
            }
        };
    }

    /** A deep read-only copy: one tree is shared by every reader, none may change it for the others. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> frozen(Map<String, Object> tree) {
        return (Map<String, Object>) freeze(tree);
    }

    @SuppressWarnings("unchecked")
    private static Object freeze(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, freeze(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(freeze(v)));
            return Collections.unmodifiableList(copy);
        }
        return node;
    }
}
