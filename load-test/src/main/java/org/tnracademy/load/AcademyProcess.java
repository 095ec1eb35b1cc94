package org.tnracademy.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The academy under test as its own process, the way an operator runs it: the production jar on an
 * empty H2 data folder with the starter course, the demo accounts, and the synthetic load-test
 * learners ({@code academy.load-test.learners}). Stopped with SIGTERM (graceful shutdown) after.
 * Also reads its heap after a full GC through {@code jcmd}, as retained heap per learner needs.
 */
final class AcademyProcess implements AutoCloseable {

    /**
     * The memory flags the container image starts the academy with (its entry point,
     * {@code academy-ui/src/main/jib/opt/academy/start.sh}), so the heap measured is the heap a node
     * has: one copy of the texts many learners' pages share, the heap on transparent huge pages.
     */
    static final List<String> IMAGE_MEMORY_FLAGS = List.of("-XX:+UseStringDeduplication", "-XX:+UseTransparentHugePages");
    /** The collector and its settings the image starts the academy with, unless the operator's options name another. */
    static final List<String> IMAGE_COLLECTOR = List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50", "-XX:MetaspaceSize=192m");

    private final Process process;
    private final Path dataDir;
    private final Path log;

    private AcademyProcess(Process process, Path dataDir, Path log) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
    }

    static AcademyProcess start(Path jar, int port, int learners, String heap, List<String> extraArgs)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No academy jar at " + jar + ": build it first (./mvnw -pl load-test -am ...)");
        }
        Path dataDir = Files.createTempDirectory("academy-load-");
        Path log = dataDir.resolve("academy.log");
        Path app = extracted(jar, dataDir.resolve("app"));
        // the whole heap from the start, as deploy/compose.yaml and the Kubernetes ConfigMap give it: G1 sizes its
        // young generation from the heap it has, and a heap grown on demand paused longer while learners arrived
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms" + heap, "-Xmx" + heap));
        command.addAll(jvmOptions(System.getProperty("load.academy-jvm-args", "")));
        command.addAll(List.of("-jar", app.toString(),
                "--server.port=" + port, "--academy.data-dir=" + dataDir,
                "--academy.load-test.learners=" + learners));
        extraArgs.stream().filter(a -> !a.isBlank()).forEach(command::add);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        System.out.println("Academy started as process " + process.pid() + ", log " + log);
        return new AcademyProcess(process, dataDir, log);
    }

    /**
     * The image's flags, then the JVM options to compare (a collector, JIT settings) without
     * rebuilding the academy. The image's collector only where those name none: the JVM refuses two.
     */
    static List<String> jvmOptions(String toCompare) {
        List<String> extra = List.of(toCompare.split("\\s+")).stream().filter(a -> !a.isBlank()).toList();
        List<String> options = new ArrayList<>(IMAGE_MEMORY_FLAGS);
        if (extra.stream().noneMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"))) {
            options.addAll(IMAGE_COLLECTOR);
        }
        options.addAll(extra);
        return options;
    }

    /**
     * The jar extracted as the container image lays it out (plain jars on the class path): run as
     * built, every class-path lookup goes through Spring Boot's nested-jar cache, a lock the request
     * threads convoyed on under load (Vaadin looks a service up on each navigation), which the image
     * does not have.
     */
    private static Path extracted(Path jar, Path into) throws IOException {
        Process extract = new ProcessBuilder(javaExecutable(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", into.toString()).redirectErrorStream(true).start();
        String out = new String(extract.getInputStream().readAllBytes());
        try {
            if (extract.waitFor() != 0) {
                throw new IllegalStateException("Could not extract " + jar + ": " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return into.resolve(jar.getFileName());
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    void destroy() {
        process.destroy();
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until the academy says it is ready, at most {@code timeout}: its readiness probe, which
     * answers 200 only once the start-up work is done (the starter course imported, the load-test
     * learners made). The sign-in page answers earlier, while the catalogue is still empty.
     */
    void awaitReady(String baseUrl, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The academy stopped while starting; see " + log);
                }
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                process.waitFor(500, TimeUnit.MILLISECONDS);
            }
        }
        throw new IllegalStateException("The academy did not start within " + timeout + "; see " + log);
    }

    /** Heap in use after a full GC, in bytes ({@code jcmd GC.run}, then {@code GC.heap_info}). */
    long heapAfterFullGc() throws IOException, InterruptedException {
        return heapAfterFullGc(process.pid());
    }

    static long heapAfterFullGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        return usedBytes(jcmd(pid, "GC.heap_info"));
    }

    /** The heap in use, from {@code jcmd GC.heap_info} of G1, the parallel or serial collector, or Shenandoah. */
    static long usedBytes(String info) {
        // G1, one line: " garbage-first heap   total reserved 2097152K, committed 262144K, used 123456K"
        // parallel (serial alike), a line per generation: "PSYoungGen      total 113152K, used 31310K [...)"
        // and "ParOldGen       total 258048K, used 1166K [...)"; their spaces' lines say "32% used"
        Matcher heap = Pattern.compile("(?m)^.*\\btotal\\b.*\\bused (\\d+)([KMG])\\b").matcher(info);
        long sum = 0;
        boolean found = false;
        while (heap.find()) {
            sum += bytes(heap.group(1), heap.group(2));
            found = true;
        }
        if (found) {
            return sum;
        }
        // Shenandoah: " 3072M max, 3072M soft max, 3072M committed, 512M used"
        Matcher used = Pattern.compile("(\\d+)([KMG]) used").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("Cannot read the heap from jcmd GC.heap_info: " + info);
        }
        return bytes(used.group(1), used.group(2));
    }

    private static long bytes(String amount, String unit) {
        return Long.parseLong(amount) << switch (unit) {
            case "K" -> 10;
            case "M" -> 20;
            default -> 30;
        };
    }

    /**
     * The bytes of the academy's live objects: the class histogram's total, taken after the full GC
     * it runs; beside the heap's "used" after a GC, which G1 counts by region.
     */
    static long liveObjects(long pid) throws IOException, InterruptedException {
        String histogram = jcmd(pid, "GC.class_histogram");
        Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$").matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("Cannot read the live objects from jcmd GC.class_histogram");
        }
        return Long.parseLong(total.group(1));
    }

    /** The academy's threads, for seeing what a loaded node waits on. */
    String threadDump() throws IOException, InterruptedException {
        return jcmd(process.pid(), "Thread.print");
    }

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        close(false);
    }

    /** Stops the academy and deletes its data folder; with {@code keepLog}, its log is first copied next to it. */
    void close(boolean keepLog) throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (keepLog && Files.exists(log)) {
            Path kept = dataDir.resolveSibling(dataDir.getFileName() + ".log");
            Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("The academy's log of this run: " + kept);
        }
        String keep = System.getProperty("load.keep-data");
        if (keep == null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    Path log() {
        return log;
    }
}
