package org.tnracademy.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;

import org.tnracademy.core.studio.upload.IndicatorBundleFile;
import org.tnracademy.core.studio.upload.IndicatorBundlePreview;

/**
 * A benchmark main, not a test: the studio's whole check of an uploaded indicator bundle (UTF-8,
 * JSON, STIX rules, every pattern) on a 10,000-indicator bundle shaped as published (no names, a
 * relationship per indicator, every supported object path), accepted, and with every pattern
 * unsupported, refused. Warms up, then prints median, 95th percentile and maximum of 30 runs.
 * Synthetic values only. Run: {@code ./mvnw -B -pl academy-core -am -Pbundle-bench verify}
 * (docs/benchmarks.md).
 */
public final class IndicatorBundleUploadBenchmark {

    private static final int INDICATORS = 10_000;
    private static final int WARM_UP = 10;
    private static final int RUNS = 30;

    private IndicatorBundleUploadBenchmark() {
    }

    public static void main(String[] args) {
        byte[] valid = bundle(false);
        byte[] refused = bundle(true);
        System.out.printf("bundle of %d indicators: %,d bytes%n", INDICATORS, valid.length);
        IndicatorBundlePreview ok = read(valid);
        IndicatorBundlePreview bad = read(refused);
        if (!ok.valid() || ok.indicatorCount() != INDICATORS || bad.valid()) {
            throw new IllegalStateException("unexpected outcome: " + ok.problems() + " / " + bad.problems().size());
        }
        time("accepted", valid);
        time("refused (every pattern unsupported, 100 problems listed, the rest counted)", refused);
    }

    private static IndicatorBundlePreview read(byte[] bytes) {
        return IndicatorBundleFile.read("published.stix2", bytes, "https://research.example/indicators.stix2",
                "CC BY 4.0");
    }

    private static void time(String what, byte[] bytes) {
        for (int i = 0; i < WARM_UP; i++) {
            read(bytes);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            read(bytes);
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        // wall time depends on what else runs on the machine; the thread's CPU time is the work itself
        System.out.printf("%s: wall median %.1f ms, p95 %.1f ms, max %.1f ms; CPU time of the thread median %.1f ms,"
                        + " max %.1f ms%n", what, ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1], ms[RUNS - 1],
                cpu[RUNS / 2], cpu[RUNS - 1]);
    }

    private static byte[] bundle(boolean unsupported) {
        SplittableRandom random = new SplittableRandom(20250617L);
        HexFormat hex = HexFormat.of();
        StringBuilder json = new StringBuilder("{\"type\": \"bundle\", \"id\": \"bundle--34d0032b-b342-4076-955d-6c0020fe693a\","
                + " \"objects\": [\n{\"type\": \"malware\", \"spec_version\": \"2.1\","
                + " \"id\": \"malware--2e9d534b-2e11-4758-bdc5-9c3e1c100d4d\", \"name\": \"NightOwl\", \"is_family\": false}");
        for (int i = 0; i < INDICATORS; i++) {
            String id = String.format("indicator--a1000000-0000-4000-8000-%012d", i);
            String pattern = unsupported ? "[domain-name:value LIKE '%.c2-" + i + ".example']" : switch (i % 8) {
                case 0 -> "[domain-name:value='c2-" + i + ".example']";
                case 1 -> "[url:value = 'https://c2-" + i + ".example/gate?id=" + i + "']";
                case 2 -> "[ipv4-addr:value = '198.51.100." + i % 256 + "' OR ipv6-addr:value = '2001:db8::"
                        + Integer.toHexString(i) + "']";
                case 3 -> "[email-addr:value='desk-" + i + "@consulate-mail.example']";
                case 4 -> "[file:name = 'payload-" + i + ".bin' AND file:hashes.MD5 = '" + hex.formatHex(bytes(16, random))
                        + "']";
                case 5 -> "[file:hashes.'SHA-256' = '" + hex.formatHex(bytes(32, random)) + "']";
                case 6 -> "[file:path='/data/local/tmp/agent-" + i + "']";
                default -> "[process:name='agentd" + i + "']";
            };
            json.append(",\n{\"type\": \"indicator\", \"spec_version\": \"2.1\", \"id\": \"").append(id)
                    .append("\", \"created\": \"2024-01-26T21:28:21.013288Z\", \"indicator_types\": [\"malicious-activity\"],"
                            + " \"pattern\": \"").append(pattern.replace("\\", "\\\\"))
                    .append("\", \"pattern_type\": \"stix\", \"pattern_version\": \"2.1\","
                            + " \"valid_from\": \"2024-01-26T21:28:21.013288Z\"}")
                    .append(",\n{\"type\": \"relationship\", \"spec_version\": \"2.1\", \"id\": \"")
                    .append(String.format("relationship--b1000000-0000-4000-8000-%012d", i))
                    .append("\", \"relationship_type\": \"indicates\", \"source_ref\": \"").append(id)
                    .append("\", \"target_ref\": \"malware--2e9d534b-2e11-4758-bdc5-9c3e1c100d4d\"}");
        }
        return json.append("\n]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int n, SplittableRandom random) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
