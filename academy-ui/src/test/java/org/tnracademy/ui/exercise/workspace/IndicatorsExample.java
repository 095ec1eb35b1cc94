package org.tnracademy.ui.exercise.workspace;

import java.util.List;
import java.util.Map;

/** The indicators example of docs/exercise-types/indicators.md, as parsed trees. */
public final class IndicatorsExample {

    public static final String C2 = "indicator--a1000000-0000-4000-8000-000000000001";
    public static final String SYNC = "indicator--a1000000-0000-4000-8000-000000000002";

    private IndicatorsExample() {
    }

    public static Map<String, Object> spec() {
        return Map.of("lines", List.of(
                Map.of("id", "line-01", "text", "2025-03-04T10:01:02Z dns query A update-check.example from 192.0.2.14"),
                Map.of("id", "line-02", "text",
                        "2025-03-04T10:01:05Z dns query A update-check.example.net from 192.0.2.14"),
                Map.of("id", "line-03", "text",
                        "2025-03-04T10:02:11Z tcp 192.0.2.14:51514 -> 198.51.100.7:443 established")),
                "bundle", Map.of("type", "bundle", "id", "bundle--b1000000-0000-4000-8000-000000000001",
                        "objects", List.of(
                                indicator(C2, "Fake update checker (C2)", "[domain-name:value = 'update-check.example']"),
                                indicator(SYNC, "Sync implant infrastructure",
                                        "[ipv4-addr:value = '198.51.100.7' OR domain-name:value = 'cdn-sync.example']"))));
    }

    public static Map<String, Object> key() {
        return Map.of("hits", List.of(
                Map.of("line", "line-01", "indicator", C2,
                        "explanation", Map.of("en", "The device resolved the C2 domain of the fake update checker.")),
                Map.of("line", "line-03", "indicator", SYNC,
                        "explanation", Map.of("en", "A connection to the sync implant's server address."))),
                "decoys", List.of(Map.of("line", "line-02", "explanation",
                        Map.of("en", "update-check.example.net is another domain: equality is on the whole name."))));
    }

    private static Map<String, Object> indicator(String id, String name, String pattern) {
        return Map.of("type", "indicator", "spec_version", "2.1", "id", id, "name", name, "pattern", pattern,
                "pattern_type", "stix", "valid_from", "2025-03-01T00:00:00Z");
    }
}
