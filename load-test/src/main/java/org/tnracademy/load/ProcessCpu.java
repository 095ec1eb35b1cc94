package org.tnracademy.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used so far (user + system, all its threads), read from Linux's
 * {@code /proc/<pid>/stat}. Unlike latencies, the CPU a step costs the academy does not depend on
 * what else runs on the machine, so it compares runs made on a shared machine.
 */
final class ProcessCpu {

    /** Clock ticks per second of {@code /proc/<pid>/stat}'s times: 100 on every Linux the JDK runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** CPU time of {@code pid} in milliseconds, or -1 where {@code /proc} cannot be read (not Linux). */
    static long millis(long pid) {
        try {
            return millisOf(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    /**
     * utime and stime, the 14th and 15th fields; counted after the command's closing parenthesis,
     * since the command name (field 2) may itself hold spaces and parentheses.
     */
    static long millisOf(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // after[0] is field 3 (state), so field n is after[n - 3]
        long ticks = Long.parseLong(after[14 - 3]) + Long.parseLong(after[15 - 3]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }
}
