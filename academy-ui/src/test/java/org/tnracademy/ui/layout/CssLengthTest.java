package org.tnracademy.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CssLengthTest {

    @Test
    void remAndEmCountSixteenPixelsAndPixelsCountThemselves() {
        assertThat(CssLength.px("12rem", -1)).isEqualTo(192.0);
        assertThat(CssLength.px("3.5rem", -1)).isEqualTo(56.0);
        assertThat(CssLength.px(" 2EM ", -1)).isEqualTo(32.0);
        assertThat(CssLength.px("80px", -1)).isEqualTo(80.0);
    }

    @Test
    void aLengthThatDependsOnThePageCountsAsTheFallback() {
        assertThat(CssLength.px(null, 128)).isEqualTo(128.0);
        assertThat(CssLength.px("50%", 128)).isEqualTo(128.0);
        assertThat(CssLength.px("auto", 128)).isEqualTo(128.0);
        assertThat(CssLength.px("calc(2rem + 4px)", 128)).isEqualTo(128.0);
        assertThat(CssLength.px("rem", 128)).isEqualTo(128.0);
    }
}
