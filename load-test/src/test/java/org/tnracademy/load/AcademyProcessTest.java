package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AcademyProcessTest {

    @Test
    void startsTheAcademyWithTheMemoryFlagsOfTheContainerImage() throws IOException {
        String imageEntryPoint = Files.readString(Path.of("../academy-ui/src/main/jib/opt/academy/start.sh"));

        assertThat(AcademyProcess.IMAGE_MEMORY_FLAGS).isNotEmpty()
                .allSatisfy(flag -> assertThat(imageEntryPoint).contains(" " + flag + " "));
    }

    @Test
    void startsTheAcademyWithTheImagesCollectorUnlessTheOptionsToCompareNameOne() throws IOException {
        String imageEntryPoint = Files.readString(Path.of("../academy-ui/src/main/jib/opt/academy/start.sh"));

        // each of the image's collector options is one assignment in the entry point
        assertThat(AcademyProcess.IMAGE_COLLECTOR).allSatisfy(option ->
                assertThat(imageEntryPoint).containsPattern("(?m)^[a-z_]+=\"" + Pattern.quote(option) + "\"$"));
        assertThat(AcademyProcess.jvmOptions("")).containsExactly("-XX:+UseStringDeduplication",
                "-XX:+UseTransparentHugePages", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50", "-XX:MetaspaceSize=192m");
        assertThat(AcademyProcess.jvmOptions(" -Xms3g  -Xlog:gc*:file=/tmp/gc.log ")).endsWith("-XX:+UseG1GC",
                "-XX:MaxGCPauseMillis=50", "-XX:MetaspaceSize=192m", "-Xms3g", "-Xlog:gc*:file=/tmp/gc.log");
        assertThat(AcademyProcess.jvmOptions("-XX:+UseParallelGC -XX:MetaspaceSize=256m")).containsExactly(
                "-XX:+UseStringDeduplication", "-XX:+UseTransparentHugePages", "-XX:+UseParallelGC", "-XX:MetaspaceSize=256m");
    }

    @Test
    void readsTheHeapInUseOfBothGenerationsFromTheParallelCollectorsHeapInfo() {
        String parallel = """
                PSYoungGen      total 113152K, used 31310K [0x0000000782700000, 0x000000078a500000, 0x0000000800000000)
                 eden space 97280K, 32% used [0x0000000782700000,0x0000000784593868,0x0000000788600000)
                 from space 15872K, 0% used [0x0000000789580000,0x0000000789580000,0x000000078a500000)
                 to   space 15872K, 0% used [0x0000000788600000,0x0000000788600000,0x0000000789580000)
                ParOldGen       total 258048K, used 1166K [0x0000000687400000, 0x0000000697000000, 0x0000000782700000)
                 object space 258048K, 0% used [0x0000000687400000,0x0000000687523ab8,0x0000000697000000)
                """;

        assertThat(AcademyProcess.usedBytes(parallel)).isEqualTo((31_310L + 1_166L) * 1024);
    }

    @Test
    void readsTheHeapInUseFromG1sHeapInfoLeavingMetaspaceOut() {
        String g1 = """
                 garbage-first heap   total reserved 3145728K, committed 1114112K, used 533504K [0x...)
                  region size 2048K, 12 young (24576K), 3 survivors (6144K)
                 Metaspace       used 98765K, committed 99999K, reserved 1179648K
                  class space    used 12345K, committed 13000K, reserved 1048576K
                """;

        assertThat(AcademyProcess.usedBytes(g1)).isEqualTo(533_504L * 1024);
    }

    @Test
    void readsTheHeapInUseFromShenandoahsHeapInfoInAnyUnit() {
        String shenandoah = """
                Shenandoah Heap
                 3072M max, 3072M soft max, 3072M committed, 514M used
                 3072 x 1024 K regions
                """;

        assertThat(AcademyProcess.usedBytes(shenandoah)).isEqualTo(514L << 20);
        assertThat(AcademyProcess.usedBytes(" 3G max, 3G soft max, 3G committed, 530432K used")).isEqualTo(530_432L << 10);
    }

    @Test
    void aHeapInfoWithoutItsUseIsRefusedNamingWhatItRead() {
        assertThatThrownBy(() -> AcademyProcess.usedBytes("no heap here"))
                .hasMessageContaining("GC.heap_info").hasMessageContaining("no heap here");
    }
}
