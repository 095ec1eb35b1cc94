package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's entry point picks how the JVM starts fast: on JDK 25 the AOT cache of this image's
 * build (trained by its first start, mapped by the next), on an older JDK a class-data archive,
 * neither where the data folder cannot be written; and G1 with a 50 ms pause goal unless the
 * operator's JVM options name a collector. A stand-in {@code java} writes the arguments it
 * was given, so the script runs as in the image without starting the academy.
 */
class ImageStartScriptTest {

    private static final Path SCRIPT = Path.of("src/main/jib/opt/academy/start.sh");

    @TempDir
    Path dir;
    private Path data;
    private Path app;
    private Path jdk;

    @BeforeEach
    void imageLayout() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("jib-classpath-file"), "/app/libs/a.jar:/app/classpath/academy-ui.jar");
        Files.writeString(app.resolve("jib-main-class-file"), "org.tnracademy.ui.AcademyApplication\n");
        jdk = dir.resolve("jdk");
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        // the stand-in JVM: one argument per line, into args.txt
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"" + dir.resolve("args.txt")
                + "\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theFirstStartOfAnImageOnJdk25TrainsItsAotCacheAndDropsOlderImagesCaches() throws Exception {
        release("25.0.3");
        Files.writeString(data.resolve("academy-0.1.0-20261201T100000.aot"), "an older image's cache");

        List<String> args = start("0.1.0-20261206T061500", data, "--server.port=9000");

        assertThat(args).startsWith("-XX:AOTCacheOutput=" + data.resolve("academy-0.1.0-20261206T061500.aot"),
                "-Xlog:aot*=off", "-Xlog:cds*=off", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50", "-XX:MetaspaceSize=192m",
                "-XX:+UseStringDeduplication", "-XX:+UseTransparentHugePages", "-Xlog:pagesize=off", "-Xlog:pagesize=warning:stderr",
                "--enable-native-access=ALL-UNNAMED", "-Djna.tmpdir=/tmp");
        assertThat(args).endsWith("-cp", "@" + app.resolve("jib-classpath-file"),
                "org.tnracademy.ui.AcademyApplication", "--server.port=9000");
        assertThat(data.resolve("academy-0.1.0-20261201T100000.aot")).doesNotExist();
    }

    @Test
    void aLaterStartOfTheSameImageMapsTheCacheTheFirstOneWrote() throws Exception {
        release("25.0.3");
        Path cache = Files.writeString(data.resolve("academy-0.1.0-20261206T061500.aot"), "this image's cache");

        List<String> args = start("0.1.0-20261206T061500", data);

        assertThat(args).first().isEqualTo("-XX:AOTCache=" + cache);
        assertThat(cache).exists();
    }

    @Test
    void anOlderJdkMakesAndUsesAClassDataArchiveInstead() throws Exception {
        release("21.0.9");

        List<String> args = start("0.1.0-20261206T061500", data);

        assertThat(args).startsWith("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + data.resolve("academy.jsa"),
                "-Xlog:cds*=off", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50", "-XX:MetaspaceSize=192m", "-XX:+UseStringDeduplication",
                "-XX:+UseTransparentHugePages", "-Xlog:pagesize=off", "-Xlog:pagesize=warning:stderr", "--enable-native-access=ALL-UNNAMED");
        assertThat(args).noneMatch(a -> a.contains("AOT") || a.contains("aot"));
    }

    @Test
    void aDataFolderItCannotWriteStartsWithoutCacheOrArchive() throws Exception {
        release("25.0.3");

        List<String> args = start("0.1.0-20261206T061500", dir.resolve("no-such-folder"));

        assertThat(args).startsWith("-Xlog:aot*=off", "-Xlog:cds*=off", "-XX:+UseG1GC",
                "-XX:MaxGCPauseMillis=50", "-XX:MetaspaceSize=192m", "-XX:+UseStringDeduplication", "-XX:+UseTransparentHugePages", "-Xlog:pagesize=off", "-Xlog:pagesize=warning:stderr",
                "--enable-native-access=ALL-UNNAMED");
    }

    @Test
    void aCollectorTheOperatorNamesInJavaToolOptionsIsKeptAlone() throws Exception {
        release("25.0.3");

        // the JVM refuses to start with two collectors: the script must not add its own, nor its settings
        List<String> args = start(Map.of("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75 -XX:+UseParallelGC"),
                "0.1.0-20261206T061500", data);

        assertThat(args).noneMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC")
                || a.startsWith("-XX:MaxGCPauseMillis") || a.startsWith("-XX:MetaspaceSize"));
        assertThat(args).contains("-XX:+UseStringDeduplication", "-XX:+UseTransparentHugePages");
    }

    @Test
    void aCollectorInJdkJavaOptionsIsKeptAloneAndOtherGcFlagsStillGetG1() throws Exception {
        release("25.0.3");

        assertThat(start(Map.of("JDK_JAVA_OPTIONS", "-XX:+UseZGC"), "0.1.0-20261206T061500", data))
                .doesNotContain("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50");
        // a log of the collector names no collector
        assertThat(start(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:gc*:file=/tmp/gc.log"), "0.1.0-20261206T061500", data))
                .contains("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50");
    }

    @Test
    void aPauseGoalOrMetadataThresholdTheOperatorSetsIsNotOverriddenByTheScript() throws Exception {
        release("25.0.3");

        // options on the command line win over JAVA_TOOL_OPTIONS: the script's own would silently replace the operator's
        List<String> args = start(Map.of("JAVA_TOOL_OPTIONS", "-XX:MaxGCPauseMillis=200 -XX:MetaspaceSize=256m"),
                "0.1.0-20261206T061500", data);

        assertThat(args).contains("-XX:+UseG1GC").noneMatch(a -> a.startsWith("-XX:MaxGCPauseMillis")
                || a.startsWith("-XX:MetaspaceSize"));
    }

    private void release(String version) throws IOException {
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"" + version
                + "\"\nJAVA_RUNTIME_VERSION=\"" + version + "+9-LTS\"\n");
    }

    private List<String> start(String build, Path dataDir, String... appArgs) throws Exception {
        return start(Map.of(), build, dataDir, appArgs);
    }

    private List<String> start(Map<String, String> jvmEnvironment, String build, Path dataDir, String... appArgs)
            throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", SCRIPT.toAbsolutePath().toString()));
        command.addAll(List.of(appArgs));
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.put("JAVA_HOME", jdk.toString());
        env.put("ACADEMY_DATA_DIR", dataDir.toString());
        env.put("ACADEMY_APP_DIR", app.toString());
        env.put("ACADEMY_IMAGE_BUILD", build);
        env.remove("TMPDIR");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.putAll(jvmEnvironment);
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes());
        assertThat(started.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).as(output).isZero();
        return Files.readAllLines(dir.resolve("args.txt"));
    }
}
