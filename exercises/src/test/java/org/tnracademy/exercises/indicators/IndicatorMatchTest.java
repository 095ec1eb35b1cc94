package org.tnracademy.exercises.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tnracademy.exercises.indicators.StixPatternTest.HASH;
import static org.tnracademy.exercises.indicators.StixPatternTest.MD5;
import static org.tnracademy.exercises.indicators.StixPatternTest.SHA1;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A pattern matches a log line when the line holds each value whole, by the value's case rules:
 * never a part of a longer value. Every value here is synthetic (reserved names, documentation ranges).
 */
class IndicatorMatchTest {

    private static boolean matches(String pattern, String line) {
        return StixPattern.parse(pattern).matches(line);
    }

    @ParameterizedTest(name = "{0} in \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            [domain-name:value = 'update-check.example'] | dns query A update-check.example from 192.0.2.14 | true
            [domain-name:value = 'update-check.example'] | dns query A Update-Check.EXAMPLE. from 192.0.2.14 | true
            [domain-name:value = 'Update-Check.example'] | tls client-hello sni=update-check.example dst=198.51.100.1:443 | true
            [domain-name:value = 'update-check.example'] | dns query A cdn.update-check.example from 192.0.2.14 | false
            [domain-name:value = 'update-check.example'] | dns query A update-check.example.net from 192.0.2.14 | false
            [domain-name:value = 'update-check.example'] | dns query A xupdate-check.example | false
            [url:value = 'https://login-verify.example/Session?id=7'] | GET HTTPS://LOGIN-VERIFY.example/Session?id=7 200 | true
            [url:value = 'https://login-verify.example/Session?id=7'] | GET https://login-verify.example/session?id=7 200 | false
            [url:value = 'https://login-verify.example/Session'] | GET https://login-verify.example/Session?id=7 200 | false
            [url:value = 'https://login-verify.example/Session'] | GET url="https://login-verify.example/Session" 200 | true
            [ipv4-addr:value = '198.51.100.7'] | tcp 192.0.2.14:51514 -> 198.51.100.7:443 established | true
            [ipv4-addr:value = '198.51.100.7'] | tcp 192.0.2.14:51514 -> 198.51.100.70:443 established | false
            [ipv4-addr:value = '198.51.100.7'] | tcp 192.0.2.14:51514 -> 198.51.100.7.5:443 established | false
            [ipv4-addr:value = '198.51.100.7/32'] | connect dst=198.51.100.7 | true
            [ipv6-addr:value = '2001:db8::7'] | tcp [2001:DB8:0:0:0:0:0:7]:443 established | true
            [ipv6-addr:value = '2001:db8::7'] | connect dst=2001:0db8::0007 | true
            [ipv6-addr:value = '2001:db8::7'] | connect dst=2001:db8::70 | false
            [email-addr:value = 'desk@consulate-visa.example'] | mail from=<desk@Consulate-Visa.EXAMPLE> subject=visa | true
            [email-addr:value = 'desk@consulate-visa.example'] | mail from=Desk@consulate-visa.example | false
            [email-addr:value = 'desk@consulate-visa.example'] | mail from=help-desk@consulate-visa.example | false
            [email-addr:value = 'desk@consulate-visa.example'] | mail from=desk@consulate-visa.example.net | false
            [file:name = 'sync.bin'] | file written /data/local/tmp/sync.bin size=2048 | true
            [file:name = 'sync.bin'] | file written name=sync.bin | true
            [file:name = 'sync.bin'] | file written /data/local/tmp/Sync.bin | false
            [file:name = 'sync.bin'] | file written /data/local/tmp/async.bin | false
            [file:path = '/data/local/tmp/dropbox'] | proc start path=/data/local/tmp/dropbox pid=7 | true
            [file:path = '/data/local/tmp/dropbox'] | proc start path=/data/local/tmp/dropbox2 pid=7 | false
            [file:path = '/data/local/tmp/dropbox'] | proc start path=/Data/local/tmp/dropbox pid=7 | false
            [file:path = '/data/local/tmp/dropbox'] | proc start path=/sdcard/data/local/tmp/dropbox | false
            [file:path = 'C:\\\\Users\\\\Public\\\\upd.exe'] | created path="c:\\users\\public\\UPD.EXE" | true
            [process:name = 'bh'] | remaining client pid: 2143 (/private/var/db/com.apple.xpc.roleaccountd.staging/bh) | true
            [process:name = 'bh'] | proc start pid=22739 name=bh | true
            [process:name = 'bh'] | proc start pid=22739 name=bhd | false
            [process:name = 'bh'] | proc start pid=22739 name=BH | false
            """)
    void matchesOnlyTheWholeValueWithEachTypesCaseRules(String pattern, String line, boolean expected) {
        assertThat(matches(pattern, line)).isEqualTo(expected);
    }

    @Test
    void hashesMatchWholeAndWithoutCase() {
        assertThat(matches("[file:hashes.'SHA-256' = '" + HASH.toUpperCase() + "']", "file sha256=" + HASH)).isTrue();
        assertThat(matches("[file:hashes.MD5 = '" + MD5 + "']", "file md5=" + MD5.toUpperCase())).isTrue();
        assertThat(matches("[file:hashes.'SHA-1' = '" + SHA1 + "']", "file sha1=" + SHA1)).isTrue();
        // a hash that begins with the indicator's: the decoy learners must not claim
        assertThat(matches("[file:hashes.MD5 = '" + MD5 + "']", "file md5=" + MD5 + "00")).isFalse();
        assertThat(matches("[file:hashes.MD5 = '" + MD5 + "']", "file sha256=" + HASH)).isFalse();
    }

    @Test
    void andNeedsEveryValueInTheLineAndOrAnyAlternative() {
        String pattern = "[file:name = 'sync.bin' AND file:hashes.MD5 = '" + MD5 + "' OR process:name = 'syncd']";
        assertThat(matches(pattern, "file written /data/local/tmp/sync.bin md5=" + MD5)).isTrue();
        assertThat(matches(pattern, "file written /data/local/tmp/sync.bin md5=" + "0".repeat(32))).isFalse();
        assertThat(matches(pattern, "file written /data/local/tmp/other.bin md5=" + MD5)).isFalse();
        assertThat(matches(pattern, "proc start name=syncd")).isTrue();
        assertThat(matches("[domain-name:value = 'a.example'] OR [domain-name:value = 'b.example']",
                "dns query A b.example")).isTrue();
    }
}
