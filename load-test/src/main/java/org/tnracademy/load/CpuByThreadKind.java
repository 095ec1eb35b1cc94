package org.tnracademy.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The academy's CPU time by the kind of thread that spent it, from Linux's
 * {@code /proc/<pid>/task/<tid>/stat}: the requests' threads, the collector's, the JIT compiler's,
 * grading, the connectors'. Tells whether a node's next doubling is limited by the academy's own
 * work or by what the JVM does beside it (docs/benchmarks.md).
 */
final class CpuByThreadKind {

    static final String REQUESTS = "requests";
    static final String COLLECTOR = "collector";
    static final String COMPILER = "JIT compiler";
    static final String GRADING = "grading";
    static final String CONNECTIONS = "connections";
    static final String OTHER = "other";

    private CpuByThreadKind() {
    }

    /** One thread's kind and CPU time so far, in milliseconds. */
    record ThreadTime(String kind, long millis) {
    }

    /** Each thread of {@code pid} alive now, by its id; empty where {@code /proc} cannot be read or there is no pid. */
    static Map<String, ThreadTime> read(long pid) {
        return pid > 0 ? read(Path.of("/proc", String.valueOf(pid), "task")) : Map.of();
    }

    static Map<String, ThreadTime> read(Path tasks) {
        Map<String, ThreadTime> threads = new HashMap<>();
        try (DirectoryStream<Path> ids = Files.newDirectoryStream(tasks)) {
            for (Path thread : ids) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    threads.put(thread.getFileName().toString(),
                            new ThreadTime(kindOf(nameOf(stat)), ProcessCpu.millisOf(stat)));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return Map.of();
        }
        return threads;
    }

    /** The thread's name: field 2, between the first "(" and the last ")" (a name may hold either). */
    static String nameOf(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    /**
     * The kind of a thread, by the name the JVM, Tomcat or the academy gives it. Linux keeps 15
     * characters of it: Tomcat's "http-nio-8091-exec-12" reads "http-nio-8091-e", its poller
     * "http-nio-8091-P".
     */
    static String kindOf(String name) {
        if (name.startsWith("http-nio-")) {
            String afterPort = name.substring("http-nio-".length()).replaceFirst("^\\d*-?", "");
            return afterPort.isEmpty() || afterPort.startsWith("e") ? REQUESTS : CONNECTIONS;
        }
        if (name.startsWith("Atmosphere") || name.startsWith("WebSocket")) {
            return CONNECTIONS;
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("StringDedup")) {
            return COLLECTOR;
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return COMPILER;
        }
        if (name.startsWith("grading")) {
            return GRADING;
        }
        return OTHER;
    }

    /**
     * Each kind's share of the CPU spent between two readings, largest first ("requests 72%,
     * collector 12%, ..."): per thread, what it spent since the first reading (all of its time if
     * it started since); a thread that ended in between is not in the second and counts for
     * nothing. Empty when there is nothing to compare.
     */
    static String shares(Map<String, ThreadTime> before, Map<String, ThreadTime> after) {
        Map<String, Long> spent = new TreeMap<>();
        after.forEach((id, now) -> {
            ThreadTime then = before.get(id);
            long since = then == null || !then.kind().equals(now.kind()) ? now.millis() : now.millis() - then.millis();
            spent.merge(now.kind(), Math.max(0, since), Long::sum);
        });
        long total = spent.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0) {
            return "";
        }
        return spent.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> "%s %.0f%%".formatted(e.getKey(), 100.0 * e.getValue() / total))
                .collect(Collectors.joining(", "));
    }
}
