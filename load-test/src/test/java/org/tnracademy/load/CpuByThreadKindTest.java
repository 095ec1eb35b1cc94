package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpuByThreadKindTest {

    @TempDir
    Path tasks;

    /** Names as Linux keeps them: at most 15 characters ("http-nio-8091-exec-12" reads "http-nio-8091-e"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http-nio-8091-e       | requests
            http-nio-80-exec      | requests
            http-nio-8091-exec-12 | requests
            http-nio-8091-P       | connections
            http-nio-8091-A       | connections
            Atmosphere-Sche       | connections
            GC Thread#1           | collector
            G1 Conc#0             | collector
            StringDedupThre       | collector
            C2 CompilerThre       | JIT compiler
            C1 CompilerThre       | JIT compiler
            grading-3             | grading
            VM Thread             | other
            """)
    void namesTheKindsOfTheAcademysThreads(String thread, String kind) {
        assertThat(CpuByThreadKind.kindOf(thread)).isEqualTo(kind);
    }

    @Test
    void addsEachThreadsTicksToItsKind() throws IOException {
        thread(101, "http-nio-8091-exec-1", 300, 20);
        thread(102, "http-nio-8091-exec-2", 100, 0);
        thread(103, "GC Thread#0", 50, 5);
        thread(104, "a (b) c", 1, 1);

        Map<String, Long> byKind = CpuByThreadKind.read(tasks);

        assertThat(byKind).containsExactlyInAnyOrderEntriesOf(Map.of(CpuByThreadKind.REQUESTS, 4200L,
                CpuByThreadKind.COLLECTOR, 550L, CpuByThreadKind.OTHER, 20L));
    }

    @Test
    void readsNothingWhereThereIsNoProcFolder() {
        assertThat(CpuByThreadKind.read(tasks.resolve("no-such-process"))).isEmpty();
    }

    @Test
    void sharesAreOfWhatWasSpentBetweenTheReadingsLargestFirst() {
        Map<String, Long> before = Map.of(CpuByThreadKind.REQUESTS, 1000L, CpuByThreadKind.COLLECTOR, 500L);
        Map<String, Long> after = Map.of(CpuByThreadKind.REQUESTS, 8200L, CpuByThreadKind.COLLECTOR, 1700L,
                CpuByThreadKind.COMPILER, 600L);

        assertThat(CpuByThreadKind.shares(before, after)).isEqualTo("requests 80%, collector 13%, JIT compiler 7%");
    }

    @Test
    void sharesAreEmptyWhenNothingWasSpent() {
        assertThat(CpuByThreadKind.shares(Map.of(), Map.of())).isEmpty();
        assertThat(CpuByThreadKind.shares(Map.of("requests", 5L), Map.of("requests", 5L))).isEmpty();
    }

    private void thread(int tid, String name, long userTicks, long systemTicks) throws IOException {
        Path dir = Files.createDirectories(tasks.resolve(String.valueOf(tid)));
        Files.writeString(dir.resolve("stat"), tid + " (" + name + ") S 1 1 1 0 -1 0 0 0 0 0 " + userTicks + " "
                + systemTicks + " 0 0 20 0 1 0 5 0 0");
    }
}
