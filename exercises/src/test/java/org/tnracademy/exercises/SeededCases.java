package org.tnracademy.exercises;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The property tests' source of cases: each case is generated from its own fixed seed, so a
 * failing case names the seed that reproduces it.
 */
public final class SeededCases {

    public static final int COUNT = 300;

    private SeededCases() {
    }

    public static <T> Stream<T> of(LongFunction<T> caseForSeed) {
        return LongStream.range(0, COUNT).mapToObj(caseForSeed);
    }

    /** The same entries in another order, the same for the same seed. */
    public static <K, V> Map<K, V> shuffled(Map<K, V> map, long seed) {
        List<Map.Entry<K, V>> entries = new ArrayList<>(map.entrySet());
        Collections.shuffle(entries, new Random(~seed));
        Map<K, V> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
        return shuffled;
    }
}
