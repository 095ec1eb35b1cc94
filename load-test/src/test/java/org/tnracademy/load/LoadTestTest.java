package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadTestTest {

    @Test
    void aTenSecondLineGivesTheRoundTripsASecondAndEachProcesssShareOfACore() {
        LoadTest.Interval earlier = new LoadTest.Interval(1_000_000_000L, 1_000, 50_000, 9_000);
        LoadTest.Interval now = new LoadTest.Interval(11_000_000_000L, 5_200, 68_500, 11_100);

        assertThat(now.since(earlier)).isEqualTo("420 round trips a second, academy 185%, driver 21% of one core");
    }

    @Test
    void withoutTheAcademysCpuTheLineGivesTheRateAlone() {
        LoadTest.Interval earlier = new LoadTest.Interval(0, 0, -1, 0);
        LoadTest.Interval now = new LoadTest.Interval(10_000_000_000L, 3_000, -1, 2_000);

        assertThat(now.since(earlier)).isEqualTo("300 round trips a second");
    }
}
