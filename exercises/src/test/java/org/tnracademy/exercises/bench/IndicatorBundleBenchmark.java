package org.tnracademy.exercises.bench;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.indicators.IndicatorsSpec;

/**
 * Time to check a STIX 2.1 bundle of {@code indicators} indicators shaped like a published one (no
 * names, a relationship per indicator, every supported object path, some AND/OR), as the studio
 * and the pack import do: {@code accepted} reads a valid bundle, {@code refused} one whose every
 * indicator has an unsupported pattern (each named in a problem). Synthetic values only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IndicatorBundleBenchmark {

    @Param({"10000"})
    public int indicators;

    private Map<String, Object> valid;
    private Map<String, Object> unsupported;

    @Setup(Level.Trial)
    public void setUp() {
        valid = spec(indicators, false);
        unsupported = spec(indicators, true);
        if (IndicatorsSpec.fromMap(valid).indicators().size() != indicators) {
            throw new IllegalStateException("the valid bundle lost indicators");
        }
        try {
            IndicatorsSpec.fromMap(unsupported);
            throw new IllegalStateException("the unsupported bundle was accepted");
        } catch (InvalidSpecException expected) {
            if (expected.problems().size() != indicators) {
                throw new IllegalStateException(expected.problems().size() + " problems, expected " + indicators);
            }
        }
    }

    @Benchmark
    public IndicatorsSpec accepted() {
        return IndicatorsSpec.fromMap(valid);
    }

    @Benchmark
    public int refused() {
        try {
            IndicatorsSpec.fromMap(unsupported);
            return 0;
        } catch (InvalidSpecException e) {
            return e.problems().size();
        }
    }

    /** The spec tree of a bundle of {@code count} indicators; {@code unsupported}: each with a LIKE. */
    public static Map<String, Object> spec(int count, boolean unsupported) {
        SplittableRandom random = new SplittableRandom(BenchData.SEED);
        List<Object> objects = new ArrayList<>();
        objects.add(Map.of("type", "malware", "spec_version", "2.1",
                "id", "malware--2e9d534b-2e11-4758-bdc5-9c3e1c100d4d", "name", "NightOwl", "is_family", false));
        for (int i = 0; i < count; i++) {
            String id = String.format("indicator--a1000000-0000-4000-8000-%012d", i);
            Map<String, Object> indicator = new LinkedHashMap<>();
            indicator.put("type", "indicator");
            indicator.put("spec_version", "2.1");
            indicator.put("id", id);
            indicator.put("created", "2024-01-26T21:28:21.013288Z");
            indicator.put("indicator_types", List.of("malicious-activity"));
            indicator.put("pattern", unsupported ? "[domain-name:value LIKE '%.c2-" + i + ".example']"
                    : pattern(i, random));
            indicator.put("pattern_type", "stix");
            indicator.put("pattern_version", "2.1");
            indicator.put("valid_from", "2024-01-26T21:28:21.013288Z");
            objects.add(indicator);
            objects.add(Map.of("type", "relationship", "spec_version", "2.1",
                    "id", String.format("relationship--b1000000-0000-4000-8000-%012d", i),
                    "relationship_type", "indicates", "source_ref", id,
                    "target_ref", "malware--2e9d534b-2e11-4758-bdc5-9c3e1c100d4d"));
        }
        Map<String, Object> bundle = Map.of("type", "bundle", "id", "bundle--34d0032b-b342-4076-955d-6c0020fe693a",
                "objects", objects);
        return Map.of("lines", List.of(Map.of("id", "line-1", "text", "dns query A c2-0.example from 192.0.2.14")),
                "bundle", bundle);
    }

    private static String pattern(int i, SplittableRandom random) {
        HexFormat hex = HexFormat.of();
        return switch (i % 8) {
            case 0 -> "[domain-name:value='c2-" + i + ".example']";
            case 1 -> "[url:value = 'https://c2-" + i + ".example/gate?id=" + i + "']";
            case 2 -> "[ipv4-addr:value = '198.51.100." + i % 256 + "' OR ipv6-addr:value = '2001:db8::"
                    + Integer.toHexString(i) + "']";
            case 3 -> "[email-addr:value='desk-" + i + "@consulate-mail.example']";
            case 4 -> "[file:name = 'payload-" + i + ".bin' AND file:hashes.MD5 = '" + hex.formatHex(bytes(16, random))
                    + "']";
            case 5 -> "[file:hashes.'SHA-256' = '" + hex.formatHex(bytes(32, random)) + "'] OR [file:hashes.'SHA-1' = '"
                    + hex.formatHex(bytes(20, random)) + "']";
            case 6 -> "[file:path='/data/local/tmp/agent-" + i + "']";
            default -> "[process:name='agentd" + i + "']";
        };
    }

    private static byte[] bytes(int n, SplittableRandom random) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
