package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ParsedFormatsTest {

    private static final String PATTERN = "{0} read {1, plural, one {# lesson} other {# lessons}}";

    @Test
    void usesOneAfterAnotherShareOneParsedCopy() {
        ParsedFormats formats = ParsedFormats.of(Locale.ENGLISH, PATTERN);

        for (int i = 0; i < 100; i++) {
            assertThat(formats.format("Ada", i)).isEqualTo("Ada read " + i + (i == 1 ? " lesson" : " lessons"));
        }

        assertThat(formats.freeCopies()).isEqualTo(1);
    }

    @Test
    void aUseWhileAnotherHoldsTheOnlyCopyParsesASecondInsteadOfWaitingForIt() throws Exception {
        ParsedFormats formats = ParsedFormats.of(Locale.FRENCH, PATTERN);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // an argument whose text is written only once released: its caller holds a copy till then
        Object slowName = new Object() {
            @Override
            public String toString() {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "Zoé";
            }
        };
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<String> held = threads.submit(() -> formats.format(slowName, 0));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            String meanwhile = threads.submit(() -> formats.format("Léa", 2)).get(10, TimeUnit.SECONDS);
            release.countDown();

            assertThat(meanwhile).isEqualTo("Léa read 2 lessons");
            assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo("Zoé read 0 lesson");
        }
        assertThat(formats.freeCopies()).isEqualTo(2);
    }

    @Test
    void aPatternThatIsNotAMessageFormatFailsWhenFirstParsed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ParsedFormats.of(Locale.ENGLISH, "{0, plural, one {# lesson}"));
    }
}
