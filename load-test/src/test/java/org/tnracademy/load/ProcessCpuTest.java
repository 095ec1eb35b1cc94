package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void addsUserAndSystemTicksAsMilliseconds() {
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 1000 0 0 0 1234 56 0 0 20 0 80 0 99 0 0";

        assertThat(ProcessCpu.millisOf(stat)).isEqualTo((1234 + 56) * 10L);
    }

    @Test
    void countsFieldsAfterACommandNameWithSpacesAndParentheses() {
        String stat = "7 (a (b) c) R 1 7 7 0 -1 0 0 0 0 0 300 200 0 0 20 0 1 0 5 0 0";

        assertThat(ProcessCpu.millisOf(stat)).isEqualTo(5000);
    }

    @Test
    void readsThisProcessOnLinux() {
        long pid = ProcessHandle.current().pid();

        assertThat(ProcessCpu.millis(pid)).isGreaterThanOrEqualTo(System.getProperty("os.name").contains("Linux") ? 1 : -1);
    }
}
