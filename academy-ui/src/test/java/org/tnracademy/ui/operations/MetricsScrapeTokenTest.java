package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsScrapeTokenTest {

    @Test
    void onlyTheConfiguredBearerTokenIsLetIn() {
        MetricsScrapeToken token = new MetricsScrapeToken("s3cret-token");

        assertThat(token.matches("Bearer s3cret-token")).isTrue();
        assertThat(token.matches("bearer s3cret-token")).isTrue();
        assertThat(token.matches("Bearer s3cret-tokeN")).isFalse();
        assertThat(token.matches("Bearer s3cret-token-and-more")).isFalse();
        assertThat(token.matches("s3cret-token")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(token.matches("Bearer " + "x".repeat(600))).isFalse();
    }

    @Test
    void withNoTokenConfiguredNobodyIsLetIn() {
        MetricsScrapeToken none = new MetricsScrapeToken("");

        assertThat(none.matches("Bearer ")).isFalse();
        assertThat(none.matches("Bearer")).isFalse();
        assertThat(new MetricsScrapeToken(null).matches("Bearer null")).isFalse();
    }
}
