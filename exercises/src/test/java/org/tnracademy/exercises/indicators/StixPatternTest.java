package org.tnracademy.exercises.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StixPatternTest {

    static final String HASH = "a400745ca238e5adf2b976b0a787fcfada4d37f5731cf7275700b7724c36233e";

    @Test
    void readsEachSupportedComparison() {
        assertThat(StixPattern.parse("[domain-name:value = 'update-check.example']"))
                .containsExactly(new Observable(ObservableType.DOMAIN_NAME, "update-check.example"));
        assertThat(StixPattern.parse("[ipv4-addr:value = '198.51.100.7']"))
                .containsExactly(new Observable(ObservableType.IPV4_ADDR, "198.51.100.7"));
        assertThat(StixPattern.parse("[url:value = 'https://login-verify.example/session?id=7']"))
                .containsExactly(new Observable(ObservableType.URL, "https://login-verify.example/session?id=7"));
        assertThat(StixPattern.parse("[file:hashes.'SHA-256' = '" + HASH + "']"))
                .containsExactly(new Observable(ObservableType.FILE_SHA256, HASH));
    }

    @Test
    void readsOrInsideAnObservationAndBetweenObservations() {
        assertThat(StixPattern.parse("[ipv4-addr:value = '198.51.100.7' OR domain-name:value = 'cdn-sync.example']"
                + " OR [url:value='https://cdn-sync.example/a']")).extracting(Observable::value)
                .containsExactly("198.51.100.7", "cdn-sync.example", "https://cdn-sync.example/a");
    }

    @Test
    void readsEscapedQuotesInValues() {
        assertThat(StixPattern.parse("[url:value = 'https://a.example/it\\'s']").getFirst().value())
                .isEqualTo("https://a.example/it's");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            [domain-name:value = 'a.example' AND ipv4-addr:value = '198.51.100.7'] | AND is not supported
            [domain-name:value = 'a.example'] AND [ipv4-addr:value = '198.51.100.7'] | AND is not supported
            [domain-name:value != 'a.example']                     | only '=' comparisons are supported
            [domain-name:value MATCHES 'a.*']                      | only '=' comparisons are supported
            [ipv6-addr:value = '2001:db8::1']                      | the object path 'ipv6-addr:value' is not supported
            [file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e'] | the object path 'file:hashes.MD5' is not supported
            [domain-name:value = 'a.example'] WITHIN 10 SECONDS    | qualifiers such as WITHIN
            [domain-name:value = 'a.example'] FOLLOWEDBY [domain-name:value = 'b.example'] | expected OR or the end
            ([domain-name:value = 'a.example'])                    | parentheses are not supported
            [domain-name:value = 'a.example'                       | expected ']', found the end
            [domain-name:value = 'a.example]                       | a quoted value is not closed
            [domain-name:value = a.example]                        | expected a quoted value
            [ipv4-addr:value = '198.51.100.0/24']                  | CIDR ranges are not supported
            [ipv4-addr:value = '198.51.100.300']                   | is not one IPv4 address
            [file:hashes.'SHA-256' = 'abc123']                     | is not a SHA-256 hash
            [domain-name:value = 'not a domain']                   | is not a domain name
            domain-name:value = 'a.example'                        | expected '['
            """)
    void refusesWhatItCannotGradeAndSaysWhy(String pattern, String reason) {
        assertThatThrownBy(() -> StixPattern.parse(pattern)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void domainsAndHashesOccurInATextWhateverTheirCase() {
        assertThat(new Observable(ObservableType.DOMAIN_NAME, "Update-Check.example")
                .occursIn("dns query A update-check.EXAMPLE")).isTrue();
        assertThat(new Observable(ObservableType.FILE_SHA256, HASH.toUpperCase()).occursIn("sha256=" + HASH)).isTrue();
        assertThat(new Observable(ObservableType.IPV4_ADDR, "198.51.100.7").occursIn("to 198.51.100.8")).isFalse();
    }
}
