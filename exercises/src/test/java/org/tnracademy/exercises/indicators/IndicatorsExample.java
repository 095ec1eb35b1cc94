package org.tnracademy.exercises.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The synthetic log and bundle of the worked example (docs/exercise-types/indicators.md). */
final class IndicatorsExample {

    static final String UPDATE = "indicator--a1000000-0000-4000-8000-000000000001";
    static final String SYNC = "indicator--a1000000-0000-4000-8000-000000000002";
    static final String DROPPER = "indicator--a1000000-0000-4000-8000-000000000003";
    static final String PHISH = "indicator--a1000000-0000-4000-8000-000000000004";
    static final String HASH = StixPatternTest.HASH;

    private IndicatorsExample() {
    }

    static List<Map<String, Object>> lines() {
        return List.of(
                line("line-01", "2025-03-04T10:01:02Z dns query A update-check.example from 192.0.2.14"),
                line("line-02", "2025-03-04T10:01:05Z dns query A update-check.example.net from 192.0.2.14"),
                line("line-03", "2025-03-04T10:02:11Z tcp 192.0.2.14:51514 -> 198.51.100.7:443 established"),
                line("line-04", "2025-03-04T10:02:40Z tcp 192.0.2.14:51522 -> 198.51.100.70:443 established"),
                line("line-05", "2025-03-04T10:05:00Z file written /data/local/tmp/sync.bin sha256=" + HASH),
                line("line-06", "2025-03-04T10:07:13Z https GET https://news.example/today"),
                line("line-07", "2025-03-04T10:09:30Z dns query A cdn-sync.example from 192.0.2.14"),
                line("line-08", "2025-03-04T10:11:02Z https GET https://login-verify.example.org/session"));
    }

    static Map<String, Object> bundle() {
        return Map.of("type", "bundle", "id", "bundle--b1000000-0000-4000-8000-000000000001", "objects", List.of(
                Map.of("type", "identity", "spec_version", "2.1",
                        "id", "identity--c1000000-0000-4000-8000-000000000001", "name", "Academy synthetic CTI desk",
                        "identity_class", "organization"),
                indicator(UPDATE, "Fake update checker (C2)", "[domain-name:value = 'update-check.example']"),
                indicator(SYNC, "Sync implant infrastructure",
                        "[ipv4-addr:value = '198.51.100.7' OR domain-name:value = 'cdn-sync.example']"),
                indicator(DROPPER, "Dropper payload", "[file:hashes.'SHA-256' = '" + HASH + "']"),
                indicator(PHISH, "Credential phishing page", "[url:value = 'https://login-verify.example/session']"
                        + " OR [domain-name:value = 'login-verify.example']")));
    }

    static Map<String, Object> specMap() {
        return Map.of("lines", lines(), "bundle", bundle());
    }

    static Map<String, Object> keyMap() {
        return Map.of("exercise", "match-implant-logs", "hits", List.of(
                        hit("line-01", UPDATE), hit("line-03", SYNC), hit("line-05", DROPPER), hit("line-07", SYNC)),
                "decoys", List.of(
                        decoy("line-02", "update-check.example.net is another domain: equality is on the whole name."),
                        decoy("line-04", "198.51.100.70 is not 198.51.100.7."),
                        decoy("line-08", "login-verify.example.org is another domain.")));
    }

    static Map<String, Object> line(String id, String text) {
        return Map.of("id", id, "text", text);
    }

    static Map<String, Object> indicator(String id, String name, String pattern) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "indicator");
        m.put("spec_version", "2.1");
        m.put("id", id);
        m.put("created", "2025-03-01T00:00:00.000Z");
        m.put("modified", "2025-03-01T00:00:00.000Z");
        m.put("name", name);
        m.put("indicator_types", List.of("malicious-activity"));
        m.put("pattern", pattern);
        m.put("pattern_type", "stix");
        m.put("valid_from", "2025-03-01T00:00:00Z");
        return m;
    }

    static Map<String, Object> hit(String line, String indicator) {
        return Map.of("line", line, "indicator", indicator,
                "explanation", Map.of("en", line + " matches " + indicator, "fr", line + " correspond"));
    }

    static Map<String, Object> decoy(String line, String why) {
        return Map.of("line", line, "explanation", Map.of("en", why));
    }
}
