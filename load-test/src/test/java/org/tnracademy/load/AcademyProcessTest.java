package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class AcademyProcessTest {

    @Test
    void startsTheAcademyWithTheMemoryFlagsOfTheContainerImage() throws IOException {
        String imageEntryPoint = Files.readString(Path.of("../academy-ui/src/main/jib/opt/academy/start.sh"));

        assertThat(AcademyProcess.IMAGE_MEMORY_FLAGS).isNotEmpty()
                .allSatisfy(flag -> assertThat(imageEntryPoint).contains(" " + flag + " "));
    }

    @Test
    void readsTheHeapInUseFromG1sHeapInfo() {
        String g1 = """
                 garbage-first heap   total reserved 3145728K, committed 1114112K, used 533504K [0x...)
                  region size 2048K, 12 young (24576K), 3 survivors (6144K)
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
