package org.tnracademy.exercises.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading patterns as security researchers publish them, and refusing the rest by name. */
class StixPatternTest {

    static final String HASH = "a400745ca238e5adf2b976b0a787fcfada4d37f5731cf7275700b7724c36233e";
    static final String MD5 = "0f343b0931126a20f133d67c2b018a3b";
    static final String SHA1 = "a9993e364706816aba3e25717850c26c9cd0d89d";

    private static Observable only(String pattern) {
        List<Observable> all = StixPattern.parse(pattern).observables();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            [domain-name:value = 'update-check.example']        | DOMAIN_NAME  | update-check.example
            [domain-name:value='weather4free.example']          | DOMAIN_NAME  | weather4free.example
            [url:value = 'https://login-verify.example/s?id=7'] | URL          | https://login-verify.example/s?id=7
            [ipv4-addr:value = '198.51.100.7']                  | IPV4_ADDR    | 198.51.100.7
            [ipv4-addr:value = '198.51.100.7/32']               | IPV4_ADDR    | 198.51.100.7/32
            [ipv6-addr:value = '2001:db8::7']                   | IPV6_ADDR    | 2001:db8::7
            [email-addr:value = 'desk@consulate-visa.example']  | EMAIL_ADDR   | desk@consulate-visa.example
            [file:name = 'roleaccountd.plist']                  | FILE_NAME    | roleaccountd.plist
            [file:path = '/data/local/tmp/dropbox']             | FILE_PATH    | /data/local/tmp/dropbox
            [file:hashes.MD5 = '0f343b0931126a20f133d67c2b018a3b'] | FILE_MD5  | 0f343b0931126a20f133d67c2b018a3b
            [file:hashes.md5 = '0f343b0931126a20f133d67c2b018a3b'] | FILE_MD5  | 0f343b0931126a20f133d67c2b018a3b
            [file:hashes.'SHA-1' = 'a9993e364706816aba3e25717850c26c9cd0d89d'] | FILE_SHA1 | a9993e364706816aba3e25717850c26c9cd0d89d
            [file:hashes.SHA1 = 'a9993e364706816aba3e25717850c26c9cd0d89d'] | FILE_SHA1 | a9993e364706816aba3e25717850c26c9cd0d89d
            [file:hashes.'SHA-256' = 'a400745ca238e5adf2b976b0a787fcfada4d37f5731cf7275700b7724c36233e'] | FILE_SHA256 | a400745ca238e5adf2b976b0a787fcfada4d37f5731cf7275700b7724c36233e
            [file:hashes.sha256='a400745ca238e5adf2b976b0a787fcfada4d37f5731cf7275700b7724c36233e'] | FILE_SHA256 | a400745ca238e5adf2b976b0a787fcfada4d37f5731cf7275700b7724c36233e
            [file:hashes.SHA256 = 'A400745CA238E5ADF2B976B0A787FCFADA4D37F5731CF7275700B7724C36233E'] | FILE_SHA256 | A400745CA238E5ADF2B976B0A787FCFADA4D37F5731CF7275700B7724C36233E
            [process:name = 'bh']                               | PROCESS_NAME | bh
            """)
    void readsEveryPublishedObjectPathWithQuotedOrBareHashNames(String pattern, ObservableType type, String value) {
        assertThat(only(pattern)).isEqualTo(new Observable(type, value));
    }

    @Test
    void andBindsTighterThanOrInsideAnObservationAndObservationsJoinWithOr() {
        IndicatorPattern pattern = StixPattern.parse("[file:name = 'sync.bin' AND file:hashes.MD5 = '" + MD5
                + "' OR process:name = 'syncd'] OR [domain-name:value = 'cdn-sync.example']");
        assertThat(pattern.alternatives()).hasSize(3);
        assertThat(pattern.alternatives().get(0)).extracting(Observable::type)
                .containsExactly(ObservableType.FILE_NAME, ObservableType.FILE_MD5);
        assertThat(pattern.alternatives().get(1)).extracting(Observable::value).containsExactly("syncd");
        assertThat(pattern.alternatives().get(2)).extracting(Observable::value).containsExactly("cdn-sync.example");
        assertThat(StixPattern.parse("[domain-name:value = 'a.example' or url:value = 'https://b.example/']")
                .alternatives()).hasSize(2);
    }

    @Test
    void readsEscapedQuotesInValues() {
        assertThat(only("[url:value = 'https://a.example/it\\'s']").value()).isEqualTo("https://a.example/it's");
        assertThat(only("[file:path = 'C:\\\\Users\\\\Public\\\\a.exe']").value()).isEqualTo("C:\\Users\\Public\\a.exe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            [domain-name:value = 'a.example'] AND [ipv4-addr:value = '198.51.100.7'] | observations joined by AND
            [domain-name:value != 'a.example']                     | the operator != is not supported
            [domain-name:value MATCHES 'a.*']                      | the operator MATCHES is not supported
            [domain-name:value LIKE 'a.%']                         | the operator LIKE is not supported
            [domain-name:value IN ('a.example')]                   | the operator IN is not supported
            [ipv4-addr:value > '198.51.100.7']                     | the operator > is not supported
            [NOT domain-name:value = 'a.example']                  | NOT is not supported
            [domain-name:value NOT = 'a.example']                  | NOT is not supported
            [app:id = 'com.syn.spy']                               | the object path 'app:id' is not supported
            [file:hashes.'SHA-512' = 'ab']                         | the object path 'file:hashes.'SHA-512'' is not supported
            [file:parent_directory_ref.path = '/tmp']              | the object path 'file:parent_directory_ref.path' is not supported
            [network-traffic:dst_ref[*].value = '198.51.100.7']    | list indexes in object paths
            [domain-name:value = 'a.example'] WITHIN 10 SECONDS    | the qualifier WITHIN is not supported
            [domain-name:value = 'a.example'] REPEATS 5 TIMES      | the qualifier REPEATS is not supported
            [domain-name:value = 'a.example'] START t'2025-01-01T00:00:00Z' STOP t'2025-02-01T00:00:00Z' | the qualifier START is not supported
            [domain-name:value = 'a.example'] FOLLOWEDBY [domain-name:value = 'b.example'] | FOLLOWEDBY is not supported
            ([domain-name:value = 'a.example'])                    | parentheses are not supported
            [(domain-name:value = 'a.example')]                    | parentheses are not supported
            [domain-name:value = 'a.example'                       | expected AND, OR or ']', found the end
            [domain-name:value = 'a.example]                       | a quoted value is not closed
            [domain-name:value = a.example]                        | expected a quoted value
            [ipv4-addr:value = '198.51.100.0/24']                  | CIDR ranges are not supported
            [ipv6-addr:value = '2001:db8::/32']                    | CIDR ranges are not supported
            [ipv4-addr:value = '198.51.100.300']                   | is not one IPv4 address
            [ipv6-addr:value = '2001:db8::1::2']                   | is not one IPv6 address
            [file:hashes.'SHA-256' = 'abc123']                     | is not a SHA-256 hash
            [file:hashes.MD5 = '0f343b0931126a20f133d67c2b018a3']  | is not an MD5 hash
            [domain-name:value = 'not a domain']                   | is not a domain name
            [email-addr:value = 'nobody']                          | is not an email address
            [url:value = 'login-verify.example/session']           | is not a URL
            domain-name:value = 'a.example'                        | expected '['
            """)
    void refusesWhatItCannotHonourAndNamesTheConstruct(String pattern, String reason) {
        assertThatThrownBy(() -> StixPattern.parse(pattern)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void readsAHugeHostilePatternInLinearTime() {
        // a long run of opening quotes and brackets: a backtracking reader would take ages here
        String hostile = "[domain-name:value = '" + "a.".repeat(40_000) + "example' OR " + "[".repeat(10_000);
        assertThatThrownBy(() -> StixPattern.parse(hostile)).hasMessageContaining("is longer than");
        assertThatThrownBy(() -> StixPattern.parse("[" + "x".repeat(StixPattern.MAX_LENGTH)))
                .hasMessageContaining("at most " + StixPattern.MAX_LENGTH);
    }
}
