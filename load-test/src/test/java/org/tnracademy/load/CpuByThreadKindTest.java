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
    void readsEachThreadsKindAndTicks() throws IOException {
        thread(101, "http-nio-8091-exec-1", 300, 20);
        thread(103, "GC Thread#0", 50, 5);
        thread(104, "a (b) c", 1, 1);

        Map<String, CpuByThreadKind.ThreadTime> threads = CpuByThreadKind.read(tasks);

        assertThat(threads).containsExactlyInAnyOrderEntriesOf(Map.of(
                "101", new CpuByThreadKind.ThreadTime(CpuByThreadKind.REQUESTS, 3200),
                "103", new CpuByThreadKind.ThreadTime(CpuByThreadKind.COLLECTOR, 550),
                "104", new CpuByThreadKind.ThreadTime(CpuByThreadKind.OTHER, 20)));
    }

    @Test
    void readsThisProcessesThreadsOnLinux() {
        Map<String, CpuByThreadKind.ThreadTime> threads = CpuByThreadKind.read(ProcessHandle.current().pid());

        if (System.getProperty("os.name").contains("Linux")) {
            assertThat(threads).hasSizeGreaterThan(1).containsKey(String.valueOf(ProcessHandle.current().pid()));
        } else {
            assertThat(threads).isEmpty();
        }
    }

    @Test
    void readsNothingWhereThereIsNoProcFolder() {
        assertThat(CpuByThreadKind.read(tasks.resolve("no-such-process"))).isEmpty();
        assertThat(CpuByThreadKind.read(-1)).isEmpty();
    }

    @Test
    void sharesAreOfWhatEachThreadSpentBetweenTheReadingsLargestFirst() {
        Map<String, CpuByThreadKind.ThreadTime> before = Map.of(
                "1", requests(1000), "2", requests(400), "3", collector(500), "9", collector(9000));
        // thread 9 ended (its time must not be taken off the collector's), thread 4 started
        Map<String, CpuByThreadKind.ThreadTime> after = Map.of(
                "1", requests(5000), "2", requests(4600), "3", collector(1700),
                "4", new CpuByThreadKind.ThreadTime(CpuByThreadKind.COMPILER, 600));

        assertThat(CpuByThreadKind.shares(before, after)).isEqualTo("requests 82%, collector 12%, JIT compiler 6%");
    }

    @Test
    void sharesAreEmptyWhenNothingWasSpent() {
        assertThat(CpuByThreadKind.shares(Map.of(), Map.of())).isEmpty();
        assertThat(CpuByThreadKind.shares(Map.of("1", requests(5)), Map.of("1", requests(5)))).isEmpty();
    }

    private static CpuByThreadKind.ThreadTime requests(long millis) {
        return new CpuByThreadKind.ThreadTime(CpuByThreadKind.REQUESTS, millis);
    }

    private static CpuByThreadKind.ThreadTime collector(long millis) {
        return new CpuByThreadKind.ThreadTime(CpuByThreadKind.COLLECTOR, millis);
    }

    private void thread(int tid, String name, long userTicks, long systemTicks) throws IOException {
        Path dir = Files.createDirectories(tasks.resolve(String.valueOf(tid)));
        Files.writeString(dir.resolve("stat"), tid + " (" + name + ") S 1 1 1 0 -1 0 0 0 0 0 " + userTicks + " "
                + systemTicks + " 0 0 20 0 1 0 5 0 0");
    }
}
